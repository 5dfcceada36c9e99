package org.socle.curriculum.web;

import org.socle.shared.security.PlatformRoles;
import org.socle.shared.security.RouteAuthorizations;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

@Component
class CurriculumRoutes implements RouteAuthorizations {

	@Override
	public void authorize(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry routes) {
		routes.requestMatchers("/manage/assignments", "/manage/assignments/**", "/manage/dashboard", "/manage/dashboard.csv",
				"/manage/dashboard/**", "/api/v1/reports/establishments/*")
			.hasAnyRole(PlatformRoles.MANAGER, PlatformRoles.COORDINATOR, PlatformRoles.ADMIN);
		// Curricula are built by agencies: managers assign them but do not build them.
		routes.requestMatchers("/manage/curricula", "/manage/curricula/**")
			.hasAnyRole(PlatformRoles.COORDINATOR, PlatformRoles.ADMIN);
	}

}
