package org.socle.organisation.web;

import org.socle.shared.security.PlatformRoles;
import org.socle.shared.security.RouteAuthorizations;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

@Component
class OrganisationRoutes implements RouteAuthorizations {

	@Override
	public void authorize(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry routes) {
		routes.requestMatchers("/manage/staff", "/manage/staff/import", "/api/staff", "/api/v1/establishments")
			.hasAnyRole(PlatformRoles.MANAGER, PlatformRoles.COORDINATOR, PlatformRoles.ADMIN);
		routes.requestMatchers("/admin/people/*/memberships").hasRole(PlatformRoles.ADMIN);
	}

}
