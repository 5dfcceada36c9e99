package org.socle.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.socle.support.TestDatabase;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Signing in over real HTTP: the session cookie is HttpOnly and SameSite, its identifier changes
 * at login (no session fixation) and the session is kept in the database.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = TestDatabase.class)
class SessionOverHttpIT {

	private static final Pattern SESSION_COOKIE = Pattern.compile("SOCLE_SESSION=([^;]+)");

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@LocalServerPort
	int port;

	@org.springframework.beans.factory.annotation.Autowired
	org.socle.identity.IdentityApi identity;

	@org.springframework.beans.factory.annotation.Autowired
	org.socle.identity.AccountAdministration accounts;

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	@Test
	void signingInGivesANewHttpOnlySameSiteSession() throws Exception {
		HttpResponse<String> loginPage = http.send(HttpRequest.newBuilder(uri("/login")).build(),
				HttpResponse.BodyHandlers.ofString());
		String setCookie = loginPage.headers().firstValue("Set-Cookie").orElseThrow();
		assertThat(setCookie).contains("HttpOnly", "SameSite=Lax");
		String before = find(SESSION_COOKIE, setCookie);
		String token = find(CSRF, loginPage.body());

		HttpResponse<String> login = post("/login", before,
				"username=learner&password=socle-demo&_csrf=" + URLEncoder.encode(token, StandardCharsets.UTF_8));

		assertThat(login.statusCode()).isEqualTo(302);
		assertThat(login.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location).endsWith("/"));
		String after = find(SESSION_COOKIE, login.headers().firstValue("Set-Cookie").orElseThrow());
		assertThat(after).isNotEqualTo(before);

		HttpResponse<String> dashboard = http.send(
				HttpRequest.newBuilder(uri("/")).header("Cookie", "SOCLE_SESSION=" + after).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(dashboard.statusCode()).isEqualTo(200);
		assertThat(dashboard.body()).contains("Camille Martin");

		HttpResponse<String> withOldSession = http.send(
				HttpRequest.newBuilder(uri("/")).header("Cookie", "SOCLE_SESSION=" + before).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(withOldSession.statusCode()).as("the pre-login session id no longer signs anyone in").isEqualTo(302);
	}

	@Test
	void disablingAnAccountEndsItsSessionsAtOnce() throws Exception {
		String username = "desactive-" + java.util.UUID.randomUUID().toString().substring(0, 8);
		var person = identity.createAccount(new org.socle.identity.NewAccount(username, "Compte à désactiver", null,
				java.util.EnumSet.of(org.socle.identity.Role.LEARNER), "un-mot-de-passe-long"));
		String session = signIn(username, "un-mot-de-passe-long");
		assertThat(getWith(session, "/").statusCode()).isEqualTo(200);

		accounts.disable(person);

		assertThat(getWith(session, "/").statusCode()).isEqualTo(302);
		String again = find(SESSION_COOKIE, http.send(HttpRequest.newBuilder(uri("/login")).build(),
				HttpResponse.BodyHandlers.ofString()).headers().firstValue("Set-Cookie").orElseThrow());
		assertThat(location(post("/login", again, "username=" + username
				+ "&password=un-mot-de-passe-long&_csrf=" + URLEncoder.encode(csrfOf(again), StandardCharsets.UTF_8))))
			.endsWith("/login?error");
	}

	private String signIn(String username, String password) throws Exception {
		HttpResponse<String> loginPage = http.send(HttpRequest.newBuilder(uri("/login")).build(),
				HttpResponse.BodyHandlers.ofString());
		String session = find(SESSION_COOKIE, loginPage.headers().firstValue("Set-Cookie").orElseThrow());
		HttpResponse<String> login = post("/login", session, "username=" + username + "&password=" + password
				+ "&_csrf=" + URLEncoder.encode(find(CSRF, loginPage.body()), StandardCharsets.UTF_8));
		return find(SESSION_COOKIE, login.headers().firstValue("Set-Cookie").orElseThrow());
	}

	private String csrfOf(String session) throws Exception {
		return find(CSRF, getWith(session, "/login").body());
	}

	private HttpResponse<String> getWith(String session, String path) throws Exception {
		return http.send(HttpRequest.newBuilder(uri(path)).header("Cookie", "SOCLE_SESSION=" + session).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> post(String path, String session, String form) throws IOException, InterruptedException {
		return http.send(HttpRequest.newBuilder(uri(path))
			.header("Cookie", "SOCLE_SESSION=" + session)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static String location(HttpResponse<?> response) {
		return response.headers().firstValue("Location").orElse("");
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + port + path);
	}

	private static String find(Pattern pattern, String text) {
		Matcher matcher = pattern.matcher(text);
		assertThat(matcher.find()).as("%s in %s", pattern, text).isTrue();
		return matcher.group(1);
	}

}
