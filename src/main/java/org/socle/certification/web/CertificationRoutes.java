package org.socle.certification.web;

import org.socle.certification.credential.IssuerProfile;
import org.socle.shared.security.PlatformRoles;
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
		// Public and rate-limited: the page a certificate's QR code leads to.
		routes.requestMatchers(HttpMethod.GET, VerificationController.PATH + "*").permitAll();
		routes.requestMatchers("/certifications/reviews", "/certifications/reviews/**")
			.hasAnyRole(PlatformRoles.TRAINER, PlatformRoles.ADMIN);
		routes.requestMatchers("/certifications", "/certifications/**", "/certificates/*", "/api/v1/me/certificates")
			.authenticated();
		routes.requestMatchers("/people/*/certificates")
			.hasAnyRole(PlatformRoles.MANAGER, PlatformRoles.COORDINATOR, PlatformRoles.ADMIN);
		routes.requestMatchers("/admin/certificates", "/admin/certificates/**", "/admin/certifications",
				"/admin/certifications/**")
			.hasRole(PlatformRoles.ADMIN);
	}

}
