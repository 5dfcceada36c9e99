package org.socle.identity.web;

import org.socle.shared.security.PlatformRoles;
import org.socle.shared.security.RouteAuthorizations;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

@Component
class IdentityRoutes implements RouteAuthorizations {

	@Override
	public void authorize(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry routes) {
		routes.requestMatchers("/api/me").authenticated();
		routes.requestMatchers("/admin/accounts", "/admin/accounts/**").hasRole(PlatformRoles.ADMIN);
	}

}
