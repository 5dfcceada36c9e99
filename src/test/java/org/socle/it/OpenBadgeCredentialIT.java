package org.socle.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.crypto.Ed25519Verifier;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.OctetKeyPair;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.Test;
import org.socle.certification.CertificateFacts;
import org.socle.certification.CertificateStatus;
import org.socle.certification.credential.IssuerKeys;
import org.socle.certification.credential.OpenBadgeCredentials;
import org.socle.identity.PersonId;
import org.socle.support.SocleIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.json.JsonMapper;

/**
 * A certificate's Open Badges credential verifies offline with the key the issuer publishes, checked
 * with Nimbus JOSE rather than the code that signed it; a tampered credential does not. The
 * issuer's profile and keys are public, and nodes starting together end up with one key.
 */
@SocleIntegrationTest
class OpenBadgeCredentialIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	OpenBadgeCredentials credentials;

	@Autowired
	IssuerKeys issuerKeys;

	@Autowired
	JdbcTemplate jdbc;

	private final JsonMapper json = JsonMapper.builder().build();

	@Test
	void anyoneCanReadTheIssuerProfileAndItsPublicKeys() throws Exception {
		credentials.signed(certificate("Camille Martin"));

		Map<String, Object> profile = profile();
		assertThat(profile).containsEntry("type", List.of("Profile")).containsKeys("name", "url", "@context");
		assertThat((String) profile.get("id")).endsWith("/issuer");

		String keys = mvc.perform(get("/issuer/jwks.json"))
			.andExpect(status().isOk())
			.andExpect(content().contentType("application/jwk-set+json"))
			.andExpect(header().string("Access-Control-Allow-Origin", "*"))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		JWKSet published = JWKSet.parse(keys);
		assertThat(published.getKeys()).isNotEmpty().allSatisfy(key -> {
			assertThat(key.isPrivate()).isFalse();
			assertThat(key.getKeyID()).startsWith(profile.get("id") + "/keys/");
		});
		assertThat(keys).doesNotContain("\"d\"");
	}

	@Test
	void theCredentialVerifiesWithTheKeyPublishedForItsKid() throws Exception {
		CertificateFacts certificate = certificate("Chloé Lefèvre 李");
		SignedJWT credential = SignedJWT.parse(credentials.signed(certificate));

		String kid = credential.getHeader().getKeyID();
		OctetKeyPair fromKeySet = JWKSet.parse(publicDocument("/issuer/jwks.json", "application/jwk-set+json"))
			.getKeyByKeyId(kid)
			.toOctetKeyPair();
		OctetKeyPair fromKid = JWK.parse(publicDocument(URI.create(kid).getPath(), "application/jwk+json")).toOctetKeyPair();
		assertThat(fromKid.getX()).isEqualTo(fromKeySet.getX());
		assertThat(credential.verify(new Ed25519Verifier(fromKeySet))).isTrue();

		JWTClaimsSet claims = credential.getJWTClaimsSet();
		assertThat(claims.getStringListClaim("type")).contains("OpenBadgeCredential");
		assertThat(claims.getIssuer()).isEqualTo(profile().get("id"));
		Map<String, Object> subject = claims.getJSONObjectClaim("credentialSubject");
		assertThat(claims.getSubject()).isEqualTo(subject.get("id"));
		assertThat(subject.get("identifier")).asString().contains("Chloé Lefèvre 李");
		assertThat(claims.getJWTID()).isEqualTo(certificate.verificationUrl().toString());
	}

	@Test
	void aTamperedCredentialFailsVerification() throws Exception {
		String token = credentials.signed(certificate("Camille Martin"));
		String[] parts = token.split("\\.");
		OctetKeyPair key = JWKSet.parse(publicDocument("/issuer/jwks.json", "application/jwk-set+json"))
			.getKeyByKeyId(SignedJWT.parse(token).getHeader().getKeyID())
			.toOctetKeyPair();

		// Another holder's name, the payload re-encoded, the issuer's signature kept.
		Map<String, Object> payload = JWSObject.parse(token).getPayload().toJSONObject();
		@SuppressWarnings("unchecked")
		Map<String, Object> subject = (Map<String, Object>) payload.get("credentialSubject");
		subject.put("identifier", List.of(Map.of("type", "IdentityObject", "identityType", "name", "hashed", false,
				"identityHash", "Mallory")));
		SignedJWT renamed = new SignedJWT(new Base64URL(parts[0]), Base64URL.encode(json.writeValueAsBytes(payload)),
				new Base64URL(parts[2]));
		assertThat(renamed.verify(new Ed25519Verifier(key))).isFalse();

		// One character of the payload changed: "nbf" becomes "nbg", still a readable token.
		String flipped = new String(Base64URL.from(parts[1]).decode(), StandardCharsets.UTF_8).replace("\"nbf\"", "\"nbg\"");
		SignedJWT oneCharacter = new SignedJWT(new Base64URL(parts[0]),
				Base64URL.encode(flipped.getBytes(StandardCharsets.UTF_8)), new Base64URL(parts[2]));
		assertThat(oneCharacter.verify(new Ed25519Verifier(key))).isFalse();

		assertThat(SignedJWT.parse(token).verify(new Ed25519Verifier(key))).as("the untouched credential").isTrue();
	}

	@Test
	void nodesStartingTogetherStoreOneKeyAndAllSignWithIt() throws Exception {
		ExecutorService nodes = Executors.newFixedThreadPool(2);
		try {
			for (int round = 0; round < 5; round++) {
				jdbc.update("delete from issuer_key");
				CyclicBarrier start = new CyclicBarrier(2);
				List<Future<String>> keys = nodes.invokeAll(List.of(() -> {
					start.await(10, TimeUnit.SECONDS);
					return issuerKeys.signingKey().thumbprint();
				}, () -> {
					start.await(10, TimeUnit.SECONDS);
					return issuerKeys.signingKey().thumbprint();
				}));

				assertThat(keys.get(0).get()).isEqualTo(keys.get(1).get());
				assertThat(jdbc.queryForObject("select count(*) from issuer_key", Integer.class)).isEqualTo(1);
				assertThat(jdbc.queryForObject("select kid from issuer_key where slot = 'signing'", String.class))
					.isEqualTo(keys.get(0).get());
			}
		}
		finally {
			nodes.shutdownNow();
		}
		String token = credentials.signed(certificate("Camille Martin"));
		assertThat(SignedJWT.parse(token).getHeader().getKeyID()).endsWith("/" + issuerKeys.signingKey().thumbprint());
	}

	private Map<String, Object> profile() throws Exception {
		return json.readValue(publicDocument("/issuer", "application/ld+json"), Map.class);
	}

	/** A public document, read without signing in. */
	private String publicDocument(String path, String contentType) throws Exception {
		return mvc.perform(get(path))
			.andExpect(status().isOk())
			.andExpect(content().contentType(contentType))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	private static CertificateFacts certificate(String holder) {
		return new CertificateFacts("SOC-2026-000777", PersonId.of(7), holder, "formateur-interne",
				"Formateur interne en santé numérique", "Internal trainer in digital health",
				java.time.LocalDate.of(2026, 3, 2), java.time.LocalDate.of(2029, 3, 1), CertificateStatus.VALID,
				URI.create("http://localhost:8080/verify/SOC-2026-000777"),
				new CertificateFacts.Dpc("CH de Kerlann", "formation-continue", "Numérique en santé",
						"Formation à distance et mise en situation observée", 10, java.time.LocalDate.of(2026, 1, 5),
						java.time.LocalDate.of(2026, 2, 27)));
	}

}
