package org.socle.learning.web;

import org.socle.shared.security.PlatformRoles;
import org.socle.shared.security.RouteAuthorizations;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

@Component
class LearningRoutes implements RouteAuthorizations {

	@Override
	public void authorize(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry routes) {
		routes.requestMatchers("/", "/modules/**", "/api/v1/me/enrolments").authenticated();
		routes.requestMatchers("/training", "/training/**").hasAnyRole(PlatformRoles.TRAINER, PlatformRoles.ADMIN);
		routes.requestMatchers("/people/*/learning")
			.hasAnyRole(PlatformRoles.MANAGER, PlatformRoles.COORDINATOR, PlatformRoles.ADMIN);
	}

}
