package org.socle.shared.security;

import java.util.List;

import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/** The rules every filter chain ends with: what the modules declared, then deny by default. */
public final class RouteRules {

	private RouteRules() {
	}

	public static void declaredByModules(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry routes,
			List<RouteAuthorizations> moduleRoutes, RequestMappingHandlerMapping controllers) {
		moduleRoutes.forEach(module -> module.authorize(routes));
		routes.anyRequest().access(new UnmappedRoutes(controllers));
	}

}
