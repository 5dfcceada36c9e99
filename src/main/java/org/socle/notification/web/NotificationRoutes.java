package org.socle.notification.web;

import org.socle.shared.security.RouteAuthorizations;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

@Component
class NotificationRoutes implements RouteAuthorizations {

	@Override
	public void authorize(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry routes) {
		routes.requestMatchers("/notices", "/notices/*/read").authenticated();
	}

}
