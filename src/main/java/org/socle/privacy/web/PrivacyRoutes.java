package org.socle.privacy.web;

import org.socle.shared.security.RouteAuthorizations;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

@Component
class PrivacyRoutes implements RouteAuthorizations {

	@Override
	public void authorize(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry routes) {
		routes.requestMatchers("/privacy/**").authenticated();
	}

}
