package org.socle.certification.credential;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.KeyPairGenerator;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.crypto.Ed25519Verifier;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.OctetKeyPair;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.Test;
import org.socle.certification.CertificateExamples;
import org.socle.certification.CertificateStatus;

import tools.jackson.databind.json.JsonMapper;

/**
 * The credential is checked with Nimbus JOSE, a library the signing code does not use: what passes
 * here passes any verifier that follows the JOSE standards.
 */
class OpenBadgeCredentialTest {

	private final String configuredKey = newPrivateKey();

	private final IssuerProfile issuer = new IssuerProfile("https://socle.example.fr/", "ARS Bretagne");

	private final IssuerKeys keys = new IssuerKeys(null, null, Clock.systemUTC(), configuredKey);

	private final OpenBadgeCredentials credentials = new OpenBadgeCredentials(issuer, keys,
			CertificateExamples.messages(), JsonMapper.builder().build(), "Europe/Paris");

	@Test
	void theSignatureVerifiesWithThePublishedPublicKey() throws Exception {
		SignedJWT jwt = SignedJWT.parse(credentials.signed(CertificateExamples.referent("Camille Martin")));

		assertThat(jwt.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.EdDSA);
		assertThat(jwt.getHeader().getKeyID())
			.isEqualTo("https://socle.example.fr/issuer/keys/" + keys.signingKey().thumbprint());
		assertThat(jwt.getHeader().toJSONObject()).containsOnlyKeys("alg", "kid", "typ").containsEntry("typ", "JWT");
		assertThat(jwt.verify(new Ed25519Verifier(publishedKey()))).isTrue();
	}

	@Test
	void theKeyIdIsTheKeysStandardThumbprint() throws Exception {
		assertThat(publishedKey().computeThumbprint().toString()).isEqualTo(keys.signingKey().thumbprint());
		assertThat(keys.signingKey().publicJwk("k")).doesNotContainKey("d");
	}

	@Test
	void thePayloadIsAnOpenBadgeCredentialWhoseClaimsMirrorItsFields() throws Exception {
		JWTClaimsSet claims = SignedJWT.parse(credentials.signed(CertificateExamples.referent("Camille Martin")))
			.getJWTClaimsSet();

		assertThat(claims.getStringListClaim("@context")).containsExactly("https://www.w3.org/ns/credentials/v2",
				"https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json");
		assertThat(claims.getStringListClaim("type")).containsExactly("VerifiableCredential", "OpenBadgeCredential");
		Map<String, Object> issuerClaim = claims.getJSONObjectClaim("issuer");
		assertThat(issuerClaim).containsEntry("id", "https://socle.example.fr/issuer")
			.containsEntry("type", List.of("Profile"))
			.containsEntry("name", "ARS Bretagne");
		assertThat(claims.getIssuer()).isEqualTo(issuerClaim.get("id"));
		assertThat(claims.getJWTID()).isEqualTo(claims.getStringClaim("id"))
			.isEqualTo(CertificateExamples.VERIFICATION_URL.toString());

		Map<String, Object> subject = claims.getJSONObjectClaim("credentialSubject");
		assertThat(claims.getSubject()).isEqualTo(subject.get("id")).startsWith("urn:uuid:");
		assertThat(subject).containsEntry("type", List.of("AchievementSubject"))
			.containsEntry("licenseNumber", "SOC-2026-000123")
			.containsEntry("role", "Référent numérique")
			.containsEntry("activityStartDate", "2026-01-05")
			.containsEntry("activityEndDate", "2026-02-27")
			.containsEntry("identifier", List.of(Map.of("type", "IdentityObject", "identityType", "name", "hashed", false,
					"identityHash", "Camille Martin")));
		@SuppressWarnings("unchecked")
		Map<String, Object> achievement = (Map<String, Object>) subject.get("achievement");
		assertThat(achievement).containsEntry("id", "https://socle.example.fr/certifications/referent-numerique")
			.containsEntry("type", List.of("Achievement"))
			.containsEntry("name", "Référent numérique")
			.containsKeys("description", "criteria");

		// Valid from the start of the day of issue through the whole expiry day, in French time.
		assertThat(claims.getStringClaim("validFrom")).isEqualTo("2026-03-02T00:00:00+01:00");
		assertThat(claims.getNotBeforeTime().toInstant())
			.isEqualTo(OffsetDateTime.parse(claims.getStringClaim("validFrom")).toInstant());
		assertThat(claims.getStringClaim("validUntil")).isEqualTo("2029-03-02T00:00:00+01:00");
		assertThat(claims.getExpirationTime().toInstant()).isEqualTo(Instant.parse("2029-03-01T23:00:00Z"));
	}

	@Test
	void aTamperedCredentialNoLongerVerifies() throws Exception {
		String token = credentials.signed(CertificateExamples.referent("Camille Martin"));
		String[] parts = token.split("\\.");
		Map<String, Object> payload = JWSObject.parse(token).getPayload().toJSONObject();
		@SuppressWarnings("unchecked")
		Map<String, Object> subject = (Map<String, Object>) payload.get("credentialSubject");
		subject.put("licenseNumber", "SOC-2026-999999");
		SignedJWT forged = new SignedJWT(new Base64URL(parts[0]),
				Base64URL.encode(JsonMapper.builder().build().writeValueAsBytes(payload)), new Base64URL(parts[2]));

		assertThat(forged.getJWTClaimsSet().getJSONObjectClaim("credentialSubject"))
			.containsEntry("licenseNumber", "SOC-2026-999999");
		assertThat(forged.verify(new Ed25519Verifier(publishedKey()))).isFalse();
	}

	@Test
	void signingTheSameCertificateTwiceGivesTheSameCredential() {
		assertThat(credentials.signed(CertificateExamples.referent("Camille Martin")))
			.isEqualTo(credentials.signed(CertificateExamples.referent("Camille Martin")));
	}

	@Test
	void aRevokedCertificateGetsNoCredential() {
		assertThatThrownBy(
				() -> credentials.signed(CertificateExamples.referent("Camille Martin", CertificateStatus.REVOKED)))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void aMalformedConfiguredKeyStopsStartUpWithAClearMessage() {
		assertThatThrownBy(() -> new IssuerKeys(null, null, Clock.systemUTC(), "not a key"))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("socle.certification.issuer-key");
	}

	private OctetKeyPair publishedKey() throws Exception {
		IssuerKey key = keys.signingKey();
		return JWK.parse(keys.signingKey().publicJwk(issuer.keyUrl(key.thumbprint()))).toOctetKeyPair();
	}

	private static String newPrivateKey() {
		try {
			return Base64.getEncoder()
				.encodeToString(KeyPairGenerator.getInstance("Ed25519").generateKeyPair().getPrivate().getEncoded());
		}
		catch (java.security.GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
