package org.socle.identity.sso;

import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.socle.identity.domain.SessionTermination;
import org.socle.identity.domain.SsoProvisioning;
import org.socle.shared.security.RouteAuthorizations;
import org.socle.shared.security.RouteRules;
import org.socle.shared.security.SignInCustomizer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.client.oidc.authentication.logout.OidcLogoutToken;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.logout.LogoutHandler;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Single sign-on through Keycloak (profile {@code keycloak}): OIDC login with the authorization
 * code flow and PKCE, logout at the provider, back-channel logout, and bearer access tokens on
 * {@code /api/**}. Endpoints are derived from the issuer instead of being discovered, so Socle
 * starts and serves its public pages while Keycloak is down.
 */
@Configuration(proxyBeanMethods = false)
@Profile("keycloak")
@EnableConfigurationProperties(OidcProperties.class)
class KeycloakConfiguration {

	static final String REGISTRATION_ID = "keycloak";

	static final String AUTHORIZATION_PATH = "/oauth2/authorization/" + REGISTRATION_ID;

	static final String UNAVAILABLE_PATH = "/login/unavailable";

	@Bean
	ClientRegistrationRepository clientRegistrations(OidcProperties oidc) {
		ClientRegistration keycloak = ClientRegistration.withRegistrationId(REGISTRATION_ID)
			.clientName("Keycloak")
			.clientId(oidc.clientId())
			.clientSecret(oidc.clientSecret())
			.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
			.authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
			.redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
			.scope("openid", "profile", "email")
			.issuerUri(oidc.issuer())
			.authorizationUri(oidc.endpoint("auth"))
			.tokenUri(oidc.endpoint("token"))
			.jwkSetUri(oidc.endpoint("certs"))
			.userInfoUri(oidc.endpoint("userinfo"))
			.userNameAttributeName("preferred_username")
			.providerConfigurationMetadata(Map.of("end_session_endpoint", oidc.endpoint("logout")))
			.build();
		return new InMemoryClientRegistrationRepository(keycloak);
	}

	/** Access tokens: signed by the realm's keys (fetched when first needed), right issuer, Socle in the audience. */
	@Bean
	JwtDecoder accessTokenDecoder(OidcProperties oidc) {
		NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(oidc.endpoint("certs"))
			.jwsAlgorithms(algorithms -> algorithms.addAll(List.of(SignatureAlgorithm.RS256, SignatureAlgorithm.ES256)))
			.build();
		decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(JwtValidators.createDefaultWithIssuer(oidc.issuer()),
				new JwtClaimValidator<List<String>>("aud", audience -> audience != null && audience.contains(oidc.audience()))));
		return decoder;
	}

	@Bean
	Converter<Jwt, AbstractAuthenticationToken> accessTokenAuthentication(SsoProvisioning provisioning) {
		return jwt -> {
			var account = TokenClaims.account(jwt.getClaims());
			var person = provisioning.personFor(account);
			return new SocleTokenAuthentication(
					new SocleTokenPrincipal(person.id(), person.displayName(), account.roles()), jwt);
		};
	}

	/** {@code /api/**}: stateless bearer tokens, no cookie so no CSRF, the same route rules as the pages. */
	@Bean
	@Order(1)
	SecurityFilterChain apiSecurity(HttpSecurity http, List<RouteAuthorizations> moduleRoutes,
			@Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping controllers, JwtDecoder decoder,
			Converter<Jwt, AbstractAuthenticationToken> accessTokenAuthentication) throws Exception {
		http.securityMatcher("/api/**");
		http.authorizeHttpRequests(routes -> RouteRules.declaredByModules(routes, moduleRoutes, controllers));
		http.oauth2ResourceServer(server -> server
			.jwt(jwt -> jwt.decoder(decoder).jwtAuthenticationConverter(accessTokenAuthentication)));
		http.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
		http.csrf(csrf -> csrf.disable());
		http.headers(headers -> headers
			.contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'none'; frame-ancestors 'none'")));
		return http.build();
	}

	@Bean
	IdentityProviderStatus identityProviderStatus(OidcProperties oidc, Clock clock) {
		return new IdentityProviderStatus(oidc.issuer(), clock);
	}

	@Bean
	SignInCustomizer singleSignOn(ClientRegistrationRepository registrations, SsoProvisioning provisioning,
			SessionTermination sessions, IdentityProviderStatus status) {
		return http -> {
			http.oauth2Login(login -> login.loginPage("/login")
				.userInfoEndpoint(userInfo -> userInfo.oidcUserService(new SocleOidcUserService(provisioning)))
				.defaultSuccessUrl("/", false)
				.failureHandler((request, response, failure) -> response.sendRedirect(request.getContextPath()
						+ (status.isUp() ? "/login?error" : UNAVAILABLE_PATH))));
			OidcClientInitiatedLogoutSuccessHandler logoutAtProvider = new OidcClientInitiatedLogoutSuccessHandler(
					registrations);
			logoutAtProvider.setPostLogoutRedirectUri("{baseUrl}/login?logout");
			logoutAtProvider.setDefaultTargetUrl("/login?logout");
			http.logout(logout -> logout.logoutSuccessHandler(logoutAtProvider));
			http.oidcLogout(logout -> logout.backChannel(backChannel -> backChannel.logoutHandler(endSessions(provisioning, sessions))));
			http.addFilterBefore(new UnavailableProviderFilter(status), OAuth2AuthorizationRequestRedirectFilter.class);
		};
	}

	/** Keycloak says a person logged out: end all their Socle sessions, on every node. */
	private static LogoutHandler endSessions(SsoProvisioning provisioning, SessionTermination sessions) {
		return (request, response, authentication) -> {
			if (authentication != null && authentication.getPrincipal() instanceof OidcLogoutToken token
					&& token.getSubject() != null) {
				provisioning.usernameOf(token.getSubject()).ifPresent(sessions::endSessionsOf);
			}
		};
	}

	/** Before sending a person to Keycloak, checks that it answers; otherwise shows Socle's own page. */
	private static final class UnavailableProviderFilter extends OncePerRequestFilter {

		private final IdentityProviderStatus status;

		UnavailableProviderFilter(IdentityProviderStatus status) {
			this.status = status;
		}

		@Override
		protected boolean shouldNotFilter(HttpServletRequest request) {
			return !AUTHORIZATION_PATH.equals(request.getRequestURI().substring(request.getContextPath().length()));
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			if (status.isUp()) {
				chain.doFilter(request, response);
			}
			else {
				response.sendRedirect(request.getContextPath() + UNAVAILABLE_PATH);
			}
		}

	}

}
