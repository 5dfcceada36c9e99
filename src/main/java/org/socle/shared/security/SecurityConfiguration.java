package org.socle.shared.security;

import java.util.List;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The security baseline: deny by default (a controller route no module has declared is refused),
 * form login, CSRF on every state change, session
 * fixation protection and strict response headers. Routes are opened by each module's
 * {@link RouteAuthorizations}.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

	/**
	 * No inline script or style anywhere: every script and stylesheet is a file served by Socle.
	 * Forms post to Socle only, and to the identity provider when there is one (signing out is a
	 * form whose answer redirects there, and browsers apply form-action to that redirect).
	 */
	static String contentSecurityPolicy(String identityProviderIssuer) {
		String formAction = "form-action 'self'" + origin(identityProviderIssuer).map(origin -> " " + origin).orElse("");
		return String.join("; ", "default-src 'self'", "script-src 'self'", "style-src 'self'", "img-src 'self' data:",
				"font-src 'self'", "connect-src 'self'", "object-src 'none'", "base-uri 'self'", formAction,
				"frame-ancestors 'none'");
	}

	/** Too many failed attempts get their own message; every other failure the same one, revealing nothing. */
	private static AuthenticationFailureHandler signInFailures() {
		ExceptionMappingAuthenticationFailureHandler failures = new ExceptionMappingAuthenticationFailureHandler();
		failures.setExceptionMappings(java.util.Map.of(LockedException.class.getName(), "/login?throttled"));
		failures.setDefaultFailureUrl("/login?error");
		return failures;
	}

	private static java.util.Optional<String> origin(String url) {
		if (url == null || url.isBlank()) {
			return java.util.Optional.empty();
		}
		java.net.URI uri = java.net.URI.create(url);
		return java.util.Optional.of(uri.getScheme() + "://" + uri.getHost() + (uri.getPort() > 0 ? ":" + uri.getPort() : ""));
	}

	@Bean
	@Order(2)
	SecurityFilterChain socleSecurity(HttpSecurity http, List<RouteAuthorizations> moduleRoutes,
			@Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping controllers,
			List<SignInCustomizer> signIn, @Value("${socle.oidc.issuer:}") String identityProviderIssuer)
			throws Exception {
		http.authorizeHttpRequests(routes -> {
			routes.requestMatchers("/css/**", "/js/**", "/images/**", "/webjars/**", "/theme/**", "/favicon.ico")
				.permitAll();
			routes.requestMatchers("/login", "/login/**", "/error", "/actuator/health", "/actuator/health/**")
				.permitAll();
			routes.requestMatchers("/actuator/**").hasRole(PlatformRoles.ADMIN);
			RouteRules.declaredByModules(routes, moduleRoutes, controllers);
		});
		http.formLogin(form -> form.loginPage("/login")
			.defaultSuccessUrl("/", false)
			.failureHandler(signInFailures())
			.permitAll());
		for (SignInCustomizer customizer : signIn) {
			customizer.customize(http);
		}
		http.logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout").permitAll());
		http.sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()));
		http.csrf(Customizer.withDefaults());
		http.headers(headers -> headers
			.contentSecurityPolicy(csp -> csp.policyDirectives(contentSecurityPolicy(identityProviderIssuer)))
			.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
			.frameOptions(frame -> frame.deny())
			.permissionsPolicyHeader(permissions -> permissions.policy("camera=(), microphone=(), geolocation=()")));
		return http.build();
	}

}
