package org.socle.catalog.web;

import org.socle.shared.security.PlatformRoles;
import org.socle.shared.security.RouteAuthorizations;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

@Component
class CatalogRoutes implements RouteAuthorizations {

	@Override
	public void authorize(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry routes) {
		routes.requestMatchers("/catalog", "/modules/*/versions", "/catalog/versions/*/media/*").authenticated();
		routes.requestMatchers("/admin/content", "/admin/content/**").hasRole(PlatformRoles.ADMIN);
		routes.requestMatchers("/modules/*/export", "/authoring", "/authoring/**")
			.hasAnyRole(PlatformRoles.TRAINER, PlatformRoles.ADMIN);
	}

}
