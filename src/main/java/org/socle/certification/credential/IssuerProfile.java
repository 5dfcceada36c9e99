package org.socle.certification.credential;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.socle.shared.theme.ActiveTheme;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Who signs the certificates, and the stable public addresses verifiers use: the issuer's Open
 * Badges 3.0 {@code Profile} at {@code /issuer}, its keys at {@code /issuer/jwks.json} and each key
 * at {@code /issuer/keys/<thumbprint>}. Addresses are built on {@code socle.public-url}, the
 * address people reach Socle at, so that they do not depend on the request that asks for them.
 */
@Component
public class IssuerProfile {

	public static final String PATH = "/issuer";

	public static final String JWKS_PATH = PATH + "/jwks.json";

	public static final String KEYS_PATH = PATH + "/keys/";

	private final String base;

	private final String name;

	@Autowired
	IssuerProfile(@Value("${socle.public-url:http://localhost:8080}") String publicUrl,
			@Value("${socle.certification.issuer-name:}") String issuerName, ActiveTheme theme) {
		this(publicUrl, issuerName.isBlank() ? theme.theme().nameFr() : issuerName);
	}

	IssuerProfile(String publicUrl, String name) {
		this.base = publicUrl.replaceAll("/+$", "");
		this.name = name;
	}

	/** The issuer's id: the URL of its profile, and the {@code iss} of every credential. */
	public String id() {
		return base + PATH;
	}

	public String name() {
		return name;
	}

	/** Socle's home page, the issuer's web site. */
	public String homePage() {
		return base + "/";
	}

	public String jwksUrl() {
		return base + JWKS_PATH;
	}

	/** The URL a verifier dereferences to the public key of that thumbprint; the JWT's {@code kid}. */
	public String keyUrl(String thumbprint) {
		return base + KEYS_PATH + thumbprint;
	}

	/** The public page that confirms a certificate: what its QR code encodes and its credential's id. */
	public java.net.URI verificationUrl(String number) {
		return java.net.URI.create(base + "/verify/" + number);
	}

	/** The id of the achievement a programme certifies, the same for every holder. */
	public String achievementId(String programmeId) {
		return base + "/certifications/" + programmeId;
	}

	/** The issuer as the credential embeds it. */
	Map<String, Object> asIssuer() {
		Map<String, Object> issuer = new LinkedHashMap<>();
		issuer.put("id", id());
		issuer.put("type", List.of("Profile"));
		issuer.put("name", name);
		issuer.put("url", homePage());
		return issuer;
	}

	/** The profile document published at {@link #PATH}, a JSON-LD document of its own. */
	public Map<String, Object> document() {
		Map<String, Object> profile = new LinkedHashMap<>();
		profile.put("@context", OpenBadgeCredentials.CONTEXTS);
		profile.putAll(asIssuer());
		return profile;
	}

}
