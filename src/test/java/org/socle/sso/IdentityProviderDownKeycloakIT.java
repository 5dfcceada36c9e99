package org.socle.sso;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.socle.support.KeycloakServer;
import org.socle.support.KeycloakTestProfiles;
import org.socle.support.SwitchableProxy;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Socle reaches Keycloak through a relay that the test switches off and on: Socle starts and
 * serves its public pages while Keycloak is unreachable, says so clearly at sign-in, and sends
 * people to Keycloak again as soon as it answers, without a restart.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = KeycloakTestProfiles.class)
class IdentityProviderDownKeycloakIT {

	private static final SwitchableProxy relay = startOff();

	@LocalServerPort
	int port;

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	@DynamicPropertySource
	static void keycloakBehindTheRelay(DynamicPropertyRegistry properties) {
		properties.add("socle.oidc.issuer", () -> "http://localhost:" + relay.port() + "/realms/socle");
		properties.add("socle.oidc.client-secret", () -> KeycloakServer.get().clientSecret());
	}

	@AfterAll
	static void stopRelay() throws IOException {
		relay.close();
	}

	@Test
	void signInSaysTheProviderIsUnavailableThenWorksAgainWhenItIsBack() throws Exception {
		assertThat(get("/login").statusCode()).as("public pages are served").isEqualTo(200);

		HttpResponse<String> attempt = get("/oauth2/authorization/keycloak");
		assertThat(attempt.statusCode()).isEqualTo(302);
		assertThat(attempt.headers().firstValue("Location").orElseThrow()).endsWith("/login/unavailable");
		HttpResponse<String> page = get("/login/unavailable");
		assertThat(page.statusCode()).isEqualTo(503);
		assertThat(page.body()).contains("Connexion indisponible pour le moment", "Réessayer de se connecter");

		relay.on();

		HttpResponse<String> again = get("/oauth2/authorization/keycloak");
		String location = again.headers().firstValue("Location").orElseThrow();
		assertThat(location).startsWith("http://localhost:" + relay.port() + "/realms/socle/protocol/openid-connect/auth");
		HttpResponse<String> keycloakAnswer = http.send(HttpRequest.newBuilder(URI.create(location)).build(),
				HttpResponse.BodyHandlers.ofString());
		// Keycloak itself answers (this Socle's random port is not a registered redirect URI, so it shows its error page).
		assertThat(keycloakAnswer.statusCode()).isLessThan(500);
		assertThat(keycloakAnswer.body()).contains("redirect_uri");
	}

	private HttpResponse<String> get(String path) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private static SwitchableProxy startOff() {
		try {
			return new SwitchableProxy(KeycloakServer.get().port());
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

}
