package org.socle.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * A real Keycloak for the tests: the distribution from Maven Central (unpacked by the
 * {@code keycloak} Maven profile into {@code target/keycloak}), started once per test JVM on a
 * free port with the JDK 25, with Socle's realm imported and a client secret made for this run;
 * stopped when the JVM ends.
 */
public final class KeycloakServer {

	/** Socle's port in the Keycloak tests: the realm's redirect URIs name it. */
	public static final int SOCLE_PORT = 18080;

	private static KeycloakServer instance;

	private final int port;

	private final String clientSecret;

	private final String adminPassword;

	private final Process process;

	private final HttpClient http = HttpClient.newHttpClient();

	private final ObjectMapper json = JsonMapper.builder().build();

	private KeycloakServer() throws IOException, InterruptedException {
		Path home = Path.of(System.getProperty("socle.keycloak.home", "target/keycloak/keycloak-26.5.6")).toAbsolutePath();
		if (!Files.isRegularFile(home.resolve("bin/kc.sh"))) {
			throw new IllegalStateException("No Keycloak distribution at " + home
					+ ": run the Keycloak tests with ./mvnw verify -Pkeycloak, which unpacks it there");
		}
		Path imports = Files.createDirectories(home.resolve("data/import"));
		Files.copy(Path.of("src/main/keycloak/socle-realm.json"), imports.resolve("socle-realm.json"),
				StandardCopyOption.REPLACE_EXISTING);
		deleteRecursively(home.resolve("data/h2"));
		this.port = freePort();
		this.clientSecret = randomSecret();
		this.adminPassword = randomSecret();
		ProcessBuilder builder = new ProcessBuilder("bash", home.resolve("bin/kc.sh").toString(), "start-dev", "--http-port",
				String.valueOf(port), "--http-host", "127.0.0.1", "--import-realm", "--http-management-port",
				String.valueOf(freePort()))
			.directory(home.toFile())
			.redirectErrorStream(true)
			.redirectOutput(Path.of("target/keycloak.log").toFile());
		Map<String, String> env = builder.environment();
		env.put("JAVA_HOME", System.getProperty("socle.keycloak.java-home", "/usr/lib/jvm/temurin-25-jdk-amd64"));
		env.put("SOCLE_OIDC_CLIENT_SECRET", clientSecret);
		env.put("SOCLE_BACKCHANNEL_LOGOUT_URL",
				"http://localhost:" + SOCLE_PORT + "/logout/connect/back-channel/keycloak");
		env.put("KC_BOOTSTRAP_ADMIN_USERNAME", "admin");
		env.put("KC_BOOTSTRAP_ADMIN_PASSWORD", adminPassword);
		this.process = builder.start();
		Runtime.getRuntime().addShutdownHook(new Thread(this::stop));
		awaitRealm(Duration.ofSeconds(240));
	}

	public static synchronized KeycloakServer get() {
		if (instance == null) {
			try {
				instance = new KeycloakServer();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
		}
		return instance;
	}

	public String baseUrl() {
		return "http://localhost:" + port;
	}

	public String issuer() {
		return baseUrl() + "/realms/socle";
	}

	public int port() {
		return port;
	}

	public String clientSecret() {
		return clientSecret;
	}

	/** An access token of Keycloak's administrator, for the admin REST API. */
	public String adminToken() {
		return post(baseUrl() + "/realms/master/protocol/openid-connect/token",
				"grant_type=password&client_id=admin-cli&username=admin&password=" + adminPassword, null)
			.get("access_token")
			.asText();
	}

	/** Calls Keycloak's admin REST API of the socle realm; returns the parsed body (or null). */
	public JsonNode admin(String method, String path, String body) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl() + "/admin/realms/socle" + path))
			.header("Authorization", "Bearer " + adminToken())
			.header("Content-Type", "application/json")
			.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
		return send(request.build());
	}

	/** A password grant on a client that allows it (Keycloak's own admin-cli): for tokens Socle must refuse. */
	public JsonNode passwordGrant(String realm, String username, String password) {
		return post(baseUrl() + "/realms/" + realm + "/protocol/openid-connect/token",
				"grant_type=password&client_id=admin-cli&username=" + username + "&password=" + password, null);
	}

	public JsonNode post(String url, String form, String authorization) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form));
		if (authorization != null) {
			request.header("Authorization", authorization);
		}
		return send(request.build());
	}

	private JsonNode send(HttpRequest request) {
		try {
			HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() >= 400) {
				throw new IllegalStateException(request.method() + " " + request.uri() + " answered "
						+ response.statusCode() + ": " + response.body());
			}
			return response.body().isBlank() ? null : json.readTree(response.body());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private void awaitRealm(Duration timeout) throws InterruptedException {
		Instant deadline = Instant.now().plus(timeout);
		URI discovery = URI.create(issuer() + "/.well-known/openid-configuration");
		while (Instant.now().isBefore(deadline)) {
			if (!process.isAlive()) {
				throw new IllegalStateException("Keycloak stopped while starting: see target/keycloak.log");
			}
			try {
				if (http.send(HttpRequest.newBuilder(discovery).build(), HttpResponse.BodyHandlers.discarding())
					.statusCode() == 200) {
					return;
				}
			}
			catch (IOException ex) {
				// not listening yet
			}
			Thread.sleep(1000);
		}
		stop();
		throw new IllegalStateException("Keycloak did not start within " + timeout + ": see target/keycloak.log");
	}

	private void stop() {
		if (process.isAlive()) {
			process.descendants().forEach(ProcessHandle::destroy);
			process.destroy();
		}
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	private static String randomSecret() {
		byte[] bytes = new byte[24];
		new SecureRandom().nextBytes(bytes);
		return HexFormat.of().formatHex(bytes);
	}

	private static void deleteRecursively(Path path) throws IOException {
		if (!Files.exists(path)) {
			return;
		}
		try (var files = Files.walk(path)) {
			for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
				Files.delete(file);
			}
		}
	}

}
