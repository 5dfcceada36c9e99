package org.socle.certification.web;

import org.socle.certification.credential.IssuerProfile;
import org.socle.shared.security.RouteAuthorizations;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

@Component
class CertificationRoutes implements RouteAuthorizations {

	@Override
	public void authorize(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry routes) {
		// Public: verifiers, wallets and anyone holding a credential check it against these, without an account.
		routes.requestMatchers(HttpMethod.GET, IssuerProfile.PATH, IssuerProfile.JWKS_PATH, IssuerProfile.KEYS_PATH + "*")
			.permitAll();
	}

}
