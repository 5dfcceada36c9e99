package org.socle.sso;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.socle.support.KeycloakLogin;
import org.socle.support.KeycloakServer;
import org.socle.support.SocleWithKeycloak;

/** {@code /api/**} accepts the realm's access tokens for Socle, and nothing else. */
@SocleWithKeycloak
class ApiTokenKeycloakIT {

	private static final String SOCLE = "http://localhost:" + KeycloakServer.SOCLE_PORT;

	private final KeycloakServer keycloak = KeycloakServer.get();

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void aLearnersTokenShowsWhoTheyAreButCannotCallACoordinatorsEndpoint() throws Exception {
		String token = KeycloakLogin.accessToken(keycloak, "learner", "socle-demo");

		HttpResponse<String> me = call("/api/me", token);
		assertThat(me.statusCode()).isEqualTo(200);
		assertThat(me.body()).contains("\"displayName\":\"Camille Martin\"", "\"roles\":[\"LEARNER\"]");
		assertThat(call("/api/staff", token).statusCode()).isEqualTo(403);
		HttpResponse<String> enrolments = call("/api/v1/me/enrolments", token);
		assertThat(enrolments.statusCode()).isEqualTo(200);
		assertThat(enrolments.body()).startsWith("[").endsWith("]");
	}

	@Test
	void aCoordinatorsTokenSeesTheirRegionOnly() throws Exception {
		HttpResponse<String> staff = call("/api/staff", KeycloakLogin.accessToken(keycloak, "coordinator2", "socle-demo"));

		assertThat(staff.statusCode()).isEqualTo(200);
		assertThat(staff.body()).contains("ARS Occitanie").doesNotContain("ARS Bretagne");

		String token = KeycloakLogin.accessToken(keycloak, "coordinator2", "socle-demo");
		HttpResponse<String> establishments = call("/api/v1/establishments", token);
		assertThat(establishments.statusCode()).isEqualTo(200);
		assertThat(establishments.body()).contains("ch-val-lauragais").doesNotContain("ch-kerlann");
		String firstRegion = call("/api/v1/establishments", KeycloakLogin.accessToken(keycloak, "coordinator", "socle-demo"))
			.body();
		java.util.regex.Matcher kerlann = java.util.regex.Pattern.compile("\\{\"id\":(\\d+),\"code\":\"ch-kerlann\"")
			.matcher(firstRegion);
		assertThat(kerlann.find()).as("the first region's coordinator sees Kerlann: %s", firstRegion).isTrue();
		assertThat(call("/api/v1/reports/establishments/" + kerlann.group(1), token).statusCode()).isEqualTo(403);
		assertThat(call("/api/v1/reports/establishments/" + kerlann.group(1),
				KeycloakLogin.accessToken(keycloak, "coordinator", "socle-demo")).statusCode()).isEqualTo(200);
	}

	@Test
	void noTokenIsUnauthorised() throws Exception {
		assertThat(call("/api/me", null).statusCode()).isEqualTo(401);
	}

	@Test
	void aTokenForAnotherAudienceIsRefused() throws Exception {
		String otherClient = keycloak.passwordGrant("socle", "learner", "socle-demo").get("access_token").asText();
		assertThat(call("/api/me", otherClient).statusCode()).isEqualTo(401);
	}

	@Test
	void aTokenFromAnotherIssuerIsRefused() throws Exception {
		assertThat(call("/api/me", keycloak.adminToken()).statusCode()).isEqualTo(401);
	}

	@Test
	void aTamperedTokenIsRefused() throws Exception {
		String[] parts = KeycloakLogin.accessToken(keycloak, "learner", "socle-demo").split("\\.");
		String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
			.replace("\"LEARNER\"", "\"ADMIN\"");
		String tampered = parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
			.encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];

		assertThat(call("/api/staff", tampered).statusCode()).isEqualTo(401);
	}

	@Test
	void anUnsignedTokenIsRefused() throws Exception {
		String[] parts = KeycloakLogin.accessToken(keycloak, "admin", "socle-demo").split("\\.");
		String none = Base64.getUrlEncoder().withoutPadding()
			.encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));

		assertThat(call("/api/me", none + "." + parts[1] + ".").statusCode()).isEqualTo(401);
	}

	@Test
	void anExpiredTokenIsRefused() throws Exception {
		String client = keycloak.admin("GET", "/clients?clientId=socle", null).get(0).get("id").asText();
		keycloak.admin("PUT", "/clients/" + client, "{\"attributes\": {\"access.token.lifespan\": \"1\"}}");
		String token;
		try {
			token = KeycloakLogin.accessToken(keycloak, "learner", "socle-demo");
		}
		finally {
			keycloak.admin("PUT", "/clients/" + client, "{\"attributes\": {\"access.token.lifespan\": \"\"}}");
		}
		// Socle allows the usual 60 s of clock skew between servers, then refuses.
		Thread.sleep(62_000);

		assertThat(call("/api/me", token).statusCode()).isEqualTo(401);
	}

	private HttpResponse<String> call(String path, String token) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(SOCLE + path)).header("Accept", "application/json");
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

}
