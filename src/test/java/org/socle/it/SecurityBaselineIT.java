package org.socle.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.socle.identity.IdentityApi;
import org.socle.identity.Role;
import org.socle.support.SocleIntegrationTest;
import org.socle.support.TestPrincipal;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

@SocleIntegrationTest
class SecurityBaselineIT {

	/** Routes anybody may reach without signing in. Adding one here is a decision, not a convenience. */
	private static final Set<String> PUBLIC_ROUTES = Set.of("/login", "/login/unavailable", "/theme/tokens.css", "/theme/logo", "/error",
			"/issuer", "/issuer/jwks.json", "/issuer/keys/{thumbprint}", "/verify/{number}");

	@Autowired
	MockMvc mvc;

	@Autowired
	IdentityApi identity;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping controllers;

	@Test
	void everyResponseCarriesTheSecurityHeaders() throws Exception {
		mvc.perform(get("/login"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Security-Policy", containsString("script-src 'self'")))
			.andExpect(header().string("Content-Security-Policy", not(containsString("unsafe-inline"))))
			.andExpect(header().string("Content-Security-Policy", containsString("frame-ancestors 'none'")))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(header().string("X-Frame-Options", "DENY"))
			.andExpect(header().string("Referrer-Policy", "strict-origin-when-cross-origin"));
	}

	@Test
	void theProgressiveEnhancementScriptIsServedFromTheSiteItself() throws Exception {
		mvc.perform(get("/webjars/htmx.org/dist/htmx.min.js"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("htmx")));
	}

	@Test
	void healthIsPublicAndTheRestOfActuatorIsForAdministrators() throws Exception {
		mvc.perform(get("/actuator/health")).andExpect(status().isOk());
		mvc.perform(get("/actuator/info")).andExpect(status().is3xxRedirection());
		mvc.perform(get("/actuator/info").with(authentication(as("learner", Role.LEARNER))))
			.andExpect(status().isForbidden());
		mvc.perform(get("/actuator/info").with(authentication(as("admin", Role.ADMIN)))).andExpect(status().isOk());
	}

	@Test
	void aStateChangeWithoutTheCsrfTokenIsRefusedAndChangesNothing() throws Exception {
		mvc.perform(post("/modules/anything/enrolment").with(authentication(as("learner", Role.LEARNER))))
			.andExpect(status().isForbidden());
		mvc.perform(post("/login").param("username", "learner").param("password", "socle-demo"))
			.andExpect(status().isForbidden());
	}

	@Test
	void aWrongPasswordIsRefusedWithAClearMessage() throws Exception {
		mvc.perform(post("/login").param("username", "learner").param("password", "wrong").with(csrf()))
			.andExpect(redirectedUrl("/login?error"));
		mvc.perform(get("/login").param("error", "")).andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(containsString("Identifiant ou mot de passe incorrect")));
	}

	@Test
	void repeatedFailedSignInsAreThrottledEvenWithTheRightPassword() throws Exception {
		String username = "throttle-" + java.util.UUID.randomUUID().toString().substring(0, 8);
		identity.createAccount(new org.socle.identity.NewAccount(username, "Essai Verrou", null,
				java.util.EnumSet.of(Role.LEARNER), "le-bon-mot-de-passe"));
		for (int attempt = 0; attempt < 5; attempt++) {
			mvc.perform(post("/login").param("username", username).param("password", "mauvais").with(csrf()))
				.andExpect(redirectedUrl("/login?error"));
		}

		mvc.perform(post("/login").param("username", username).param("password", "le-bon-mot-de-passe").with(csrf()))
			.andExpect(redirectedUrl("/login?throttled"));
		mvc.perform(get("/login").param("throttled", ""))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(containsString("Trop de tentatives")));
	}

	@Test
	void aSuccessfulSignInStartsTheCountAfresh() throws Exception {
		String username = "fresh-" + java.util.UUID.randomUUID().toString().substring(0, 8);
		identity.createAccount(new org.socle.identity.NewAccount(username, "Essai Compteur", null,
				java.util.EnumSet.of(Role.LEARNER), "le-bon-mot-de-passe"));
		for (int round = 0; round < 2; round++) {
			for (int attempt = 0; attempt < 4; attempt++) {
				mvc.perform(post("/login").param("username", username).param("password", "mauvais").with(csrf()));
			}
			mvc.perform(post("/login").param("username", username).param("password", "le-bon-mot-de-passe").with(csrf()))
				.andExpect(redirectedUrl("/"));
		}
	}

	@Test
	void everyControllerRouteIsDeclaredAndNoneIsOpenByAccident() throws Exception {
		int checked = 0;
		for (Map.Entry<RequestMappingInfo, HandlerMethod> mapping : controllers.getHandlerMethods().entrySet()) {
			Set<String> patterns = mapping.getKey().getPatternValues();
			Set<org.springframework.web.bind.annotation.RequestMethod> methods = mapping.getKey()
				.getMethodsCondition()
				.getMethods();
			HttpMethod method = methods.isEmpty() ? HttpMethod.GET : HttpMethod.valueOf(methods.iterator().next().name());
			for (String pattern : patterns) {
				// Identifiers that exist nowhere: the check must not change anything (it runs as an administrator).
				String path = pattern.replaceAll("\\{[^}]+}", "999999999").replace("/**", "/x");
				if (PUBLIC_ROUTES.contains(pattern)) {
					continue;
				}
				// Anonymous: sent to the login page, never served.
				mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request(method, path)
					.with(csrf())
					.accept(MediaType.TEXT_HTML)).andExpect(redirectedUrl("/login"));
				// An administrator holding every role passes the route rules: a route no module declared would be refused.
				int statusCode = mvc
					.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request(method, path)
						.with(csrf())
						.with(authentication(as("admin", Role.values())))
						.accept(MediaType.TEXT_HTML))
					.andReturn()
					.getResponse()
					.getStatus();
				assertThat(statusCode).as("%s %s is declared by a module's RouteAuthorizations", method, pattern)
					.isNotEqualTo(403);
				checked++;
			}
		}
		assertThat(checked).isGreaterThanOrEqualTo(8);
	}

	@Test
	void anUnknownAddressIsNotFoundRatherThanForbidden() throws Exception {
		mvc.perform(get("/no-such-page").with(authentication(as("learner", Role.LEARNER))).accept(MediaType.TEXT_HTML))
			.andExpect(status().isNotFound());
	}

	private org.springframework.security.core.Authentication as(String username, Role... roles) {
		return TestPrincipal.of(identity, username, roles).authentication();
	}

}
