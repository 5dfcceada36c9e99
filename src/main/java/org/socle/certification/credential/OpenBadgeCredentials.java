package org.socle.certification.credential;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.socle.certification.CertificateFacts;
import org.socle.certification.CertificateStatus;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

/**
 * A certificate as an Open Badges 3.0 {@code OpenBadgeCredential} (W3C Verifiable Credentials
 * Data Model 2.0), signed as a VC-JWT with the issuer's Ed25519 key ({@code alg} EdDSA).
 *
 * <p>The encoding follows section 8.2 "JSON Web Token Proof Format" of Open Badges 3.0 in its
 * VCDM 2.0 revision (3.0.3): the JOSE header holds {@code alg}, a {@code kid} that is a URL
 * dereferencing to the public JWK, and {@code typ} "JWT", and nothing else; the JWT payload
 * <em>is</em> the credential (no {@code vc} wrapper, which was the VCDM 1.1 encoding), with the
 * claims {@code iss} = {@code issuer.id}, {@code jti} = {@code id}, {@code sub} =
 * {@code credentialSubject.id}, {@code nbf} = {@code validFrom} and {@code exp} =
 * {@code validUntil}. No {@code iat}: signing the same certificate twice gives the same token (Ed25519
 * signatures are deterministic). As a file or web resource the token is served as
 * {@value #MEDIA_TYPE} with the extension {@value #FILE_EXTENSION} (section 5, "Document formats").
 */
@Component
public class OpenBadgeCredentials {

	/** The W3C VC 2.0 context, then the Open Badges 3.0.3 context. */
	public static final List<String> CONTEXTS = List.of("https://www.w3.org/ns/credentials/v2",
			"https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json");

	public static final String MEDIA_TYPE = "text/plain";

	public static final String FILE_EXTENSION = ".jwt";

	static final String SCHEMA = "https://purl.imsglobal.org/spec/ob/v3p0/schema/json/ob_v3p0_achievementcredential_schema.json";

	private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

	private final IssuerProfile issuer;

	private final IssuerKeys keys;

	private final MessageSource messages;

	private final JsonMapper json;

	private final ZoneId zone;

	OpenBadgeCredentials(IssuerProfile issuer, IssuerKeys keys, MessageSource messages, JsonMapper json,
			@Value("${socle.time-zone:Europe/Paris}") String zone) {
		this.issuer = issuer;
		this.keys = keys;
		this.messages = messages;
		this.json = json;
		this.zone = ZoneId.of(zone);
	}

	/**
	 * The signed credential, a compact JWS, ready to be offered as a download. A revoked
	 * certificate is refused: a credential would keep verifying offline after the revocation.
	 */
	public String signed(CertificateFacts facts) {
		if (facts.status() == CertificateStatus.REVOKED) {
			throw new IllegalArgumentException("No credential is signed for the revoked certificate " + facts.number());
		}
		IssuerKey key = keys.signingKey();
		Map<String, Object> header = new LinkedHashMap<>();
		header.put("alg", "EdDSA");
		header.put("kid", issuer.keyUrl(key.thumbprint()));
		header.put("typ", "JWT");
		String signingInput = encode(header) + "." + encode(payload(facts));
		return signingInput + "." + BASE64URL.encodeToString(key.sign(signingInput.getBytes(StandardCharsets.US_ASCII)));
	}

	/** The credential with the registered JWT claims that mirror its fields. */
	Map<String, Object> payload(CertificateFacts facts) {
		Map<String, Object> payload = credential(facts);
		payload.put("iss", issuer.id());
		payload.put("jti", facts.verificationUrl().toString());
		payload.put("sub", subjectId(facts));
		payload.put("nbf", validFrom(facts).getEpochSecond());
		payload.put("exp", validUntil(facts).getEpochSecond());
		return payload;
	}

	/** The unsigned {@code OpenBadgeCredential}. */
	public Map<String, Object> credential(CertificateFacts facts) {
		Map<String, Object> credential = new LinkedHashMap<>();
		credential.put("@context", CONTEXTS);
		credential.put("id", facts.verificationUrl().toString());
		credential.put("type", List.of("VerifiableCredential", "OpenBadgeCredential"));
		credential.put("issuer", issuer.asIssuer());
		credential.put("validFrom", dateTime(validFrom(facts)));
		credential.put("validUntil", dateTime(validUntil(facts)));
		credential.put("name", facts.roleTitleFr());
		credential.put("description", bilingual("certificate.credential.description", facts.roleTitleFr(),
				facts.roleTitleEn(), issuer.name()));
		credential.put("credentialSubject", subject(facts));
		credential.put("credentialSchema", List.of(Map.of("id", SCHEMA, "type", "1EdTechJsonSchemaValidator2019")));
		return credential;
	}

	private Map<String, Object> subject(CertificateFacts facts) {
		Map<String, Object> subject = new LinkedHashMap<>();
		subject.put("id", subjectId(facts));
		subject.put("type", List.of("AchievementSubject"));
		// The holder's name in clear: the credential is theirs to show, and a verifier compares it with an identity document.
		Map<String, Object> name = new LinkedHashMap<>();
		name.put("type", "IdentityObject");
		name.put("identityType", "name");
		name.put("hashed", false);
		name.put("identityHash", facts.holderName());
		subject.put("identifier", List.of(name));
		subject.put("achievement", achievement(facts));
		subject.put("role", facts.roleTitleFr());
		subject.put("licenseNumber", facts.number());
		if (facts.dpc() != null) {
			subject.put("activityStartDate", facts.dpc().startedOn().toString());
			subject.put("activityEndDate", facts.dpc().endedOn().toString());
		}
		return subject;
	}

	private Map<String, Object> achievement(CertificateFacts facts) {
		Map<String, Object> achievement = new LinkedHashMap<>();
		achievement.put("id", issuer.achievementId(facts.programmeId()));
		achievement.put("type", List.of("Achievement"));
		achievement.put("achievementType", "Certification");
		achievement.put("name", facts.roleTitleFr());
		achievement.put("description", bilingual("certificate.credential.achievement", facts.roleTitleFr(),
				facts.roleTitleEn(), issuer.name()));
		achievement.put("criteria", Map.of("narrative", bilingual("certificate.credential.criteria", facts.roleTitleFr(),
				facts.roleTitleEn(), issuer.name())));
		if (facts.dpc() != null && facts.dpc().orientation() != null) {
			achievement.put("fieldOfStudy", facts.dpc().orientation());
		}
		achievement.put("creator", issuer.asIssuer());
		return achievement;
	}

	/**
	 * A stable pseudonymous id for the holder, the same in all their credentials from this issuer:
	 * no Socle page is public for a person, and their name travels in {@code identifier}.
	 */
	private String subjectId(CertificateFacts facts) {
		return "urn:uuid:"
				+ UUID.nameUUIDFromBytes((issuer.id() + "#person-" + facts.holder().value()).getBytes(StandardCharsets.UTF_8));
	}

	private Instant validFrom(CertificateFacts facts) {
		return facts.issuedOn().atStartOfDay(zone).toInstant();
	}

	/** The certificate is valid through its expiry date: it ends as the next day begins. */
	private Instant validUntil(CertificateFacts facts) {
		return facts.expiresOn().plusDays(1).atStartOfDay(zone).toInstant();
	}

	private String dateTime(Instant instant) {
		return DateTimeFormatter.ISO_OFFSET_DATE_TIME.withZone(zone).format(instant);
	}

	/** French, then English on the next line: the documents are bilingual, whoever reads them. */
	private String bilingual(String key, String roleFr, String roleEn, String issuerName) {
		return messages.getMessage(key, new Object[] { roleFr, issuerName }, Locale.FRENCH) + "\n"
				+ messages.getMessage(key, new Object[] { roleEn, issuerName }, Locale.ENGLISH);
	}

	private String encode(Map<String, Object> object) {
		return BASE64URL.encodeToString(json.writeValueAsBytes(object));
	}

}
