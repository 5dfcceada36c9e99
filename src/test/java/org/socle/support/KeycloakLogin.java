package org.socle.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Signs in through Keycloak's real login form over HTTP, as a browser would, without one: for
 * Socle sessions (the whole authorization code flow through Socle) and for API access tokens (the
 * code flow with PKCE, exchanged with Socle's client credentials).
 */
public final class KeycloakLogin {

	private static final Pattern FORM_ACTION = Pattern.compile("<form[^>]*id=\"kc-form-login\"[^>]*action=\"([^\"]+)\"");

	private final HttpClient http;

	private final String socleBase;

	public KeycloakLogin(String socleBase) {
		this.socleBase = socleBase;
		this.http = HttpClient.newBuilder()
			.cookieHandler(new LocalhostCookies())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
	}

	/** Signs in to Socle through Keycloak; afterwards {@link #get} carries the Socle session. */
	public void signInToSocle(String username, String password) {
		String keycloakLogin = location(get(socleBase + "/oauth2/authorization/keycloak"));
		String callback = submitLoginForm(keycloakLogin, username, password);
		HttpResponse<String> landed = get(callback);
		if (landed.statusCode() != 302 || location(landed).contains("/login")) {
			throw new IllegalStateException("Sign-in did not complete: " + landed.statusCode() + " " + location(landed));
		}
	}

	/** An access token for the socle client, obtained by the authorization code flow with PKCE. */
	public static String accessToken(KeycloakServer keycloak, String username, String password) {
		KeycloakLogin browser = new KeycloakLogin(null);
		String verifier = randomUrlSafe(48);
		String redirectUri = "http://localhost:" + KeycloakServer.SOCLE_PORT + "/login/oauth2/code/keycloak";
		String authorize = keycloak.issuer() + "/protocol/openid-connect/auth?client_id=socle&response_type=code"
				+ "&scope=openid&state=test&redirect_uri=" + encode(redirectUri) + "&code_challenge="
				+ challenge(verifier) + "&code_challenge_method=S256";
		String callback = browser.submitLoginForm(authorize, username, password);
		Matcher code = Pattern.compile("[?&]code=([^&]+)").matcher(callback);
		if (!code.find()) {
			throw new IllegalStateException("No code in " + callback);
		}
		String basic = Base64.getEncoder()
			.encodeToString(("socle:" + keycloak.clientSecret()).getBytes(StandardCharsets.UTF_8));
		return keycloak.post(keycloak.issuer() + "/protocol/openid-connect/token",
				"grant_type=authorization_code&code=" + code.group(1) + "&redirect_uri=" + encode(redirectUri)
						+ "&code_verifier=" + verifier,
				"Basic " + basic)
			.get("access_token")
			.asText();
	}

	public HttpResponse<String> get(String url) {
		return send(HttpRequest.newBuilder(URI.create(url)).GET().build());
	}

	public HttpResponse<String> post(String url, String form) {
		return send(HttpRequest.newBuilder(URI.create(url))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build());
	}

	/** Opens Keycloak's login page, fills in the form and returns where Keycloak redirects. */
	private String submitLoginForm(String loginPage, String username, String password) {
		HttpResponse<String> page = get(loginPage);
		Matcher action = FORM_ACTION.matcher(page.body());
		if (!action.find()) {
			throw new IllegalStateException("No Keycloak login form at " + loginPage + " (" + page.statusCode() + ")");
		}
		HttpResponse<String> submitted = post(action.group(1).replace("&amp;", "&"),
				"username=" + encode(username) + "&password=" + encode(password) + "&credentialId=");
		if (submitted.statusCode() != 302) {
			throw new IllegalStateException("Keycloak refused the sign-in of " + username + ": " + submitted.statusCode() + " "
					+ submitted.body().replaceAll("\\s+", " ").substring(0, Math.min(600, submitted.body().length())));
		}
		return location(submitted);
	}

	private HttpResponse<String> send(HttpRequest request) {
		try {
			return http.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Keycloak marks its cookies Secure; browsers treat http://localhost as a secure context and
	 * send them anyway, Java's cookie manager does not: this one behaves like a browser on localhost.
	 */
	private static final class LocalhostCookies extends CookieManager {

		@Override
		public void put(URI uri, java.util.Map<String, java.util.List<String>> headers) throws IOException {
			java.util.Map<String, java.util.List<String>> browserLike = new java.util.HashMap<>();
			headers.forEach((name, values) -> browserLike.put(name, name == null ? values
					: values.stream().map(value -> value.replaceAll("(?i);\\s*Secure", "")).toList()));
			super.put(uri, browserLike);
		}

	}

	public static String location(HttpResponse<?> response) {
		return response.headers().firstValue("Location").orElse("");
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	private static String randomUrlSafe(int bytes) {
		byte[] random = new byte[bytes];
		new SecureRandom().nextBytes(random);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
	}

	private static String challenge(String verifier) {
		try {
			return Base64.getUrlEncoder()
				.withoutPadding()
				.encodeToString(MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
