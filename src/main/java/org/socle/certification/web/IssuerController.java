package org.socle.certification.web;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.socle.certification.credential.IssuerKeys;
import org.socle.certification.credential.IssuerProfile;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import tools.jackson.databind.json.JsonMapper;

/**
 * What a verifier needs to check a certificate's Open Badges credential offline: the issuer's
 * profile and its public keys, at stable public addresses. Public and readable from any origin:
 * they hold nothing but public keys and the issuer's name.
 */
@Controller
class IssuerController {

	static final MediaType JSON_LD = MediaType.valueOf("application/ld+json");

	static final MediaType JWK_SET = MediaType.valueOf("application/jwk-set+json");

	static final MediaType JWK = MediaType.valueOf("application/jwk+json");

	private static final CacheControl ONE_HOUR = CacheControl.maxAge(Duration.ofHours(1)).cachePublic();

	private final IssuerProfile issuer;

	private final IssuerKeys keys;

	private final JsonMapper json;

	IssuerController(IssuerProfile issuer, IssuerKeys keys, JsonMapper json) {
		this.issuer = issuer;
		this.keys = keys;
		this.json = json;
	}

	@GetMapping(IssuerProfile.PATH)
	ResponseEntity<byte[]> profile() {
		return publicDocument(JSON_LD, issuer.document());
	}

	@GetMapping(IssuerProfile.JWKS_PATH)
	ResponseEntity<byte[]> keySet() {
		List<Map<String, Object>> published = keys.publishedKeys()
			.stream()
			.map(key -> key.publicJwk(issuer.keyUrl(key.thumbprint())))
			.toList();
		return publicDocument(JWK_SET, Map.of("keys", published));
	}

	@GetMapping(IssuerProfile.KEYS_PATH + "{thumbprint}")
	ResponseEntity<byte[]> key(@PathVariable String thumbprint) {
		return keys.published(thumbprint)
			.map(key -> publicDocument(JWK, key.publicJwk(issuer.keyUrl(key.thumbprint()))))
			.orElseGet(() -> ResponseEntity.notFound().build());
	}

	private ResponseEntity<byte[]> publicDocument(MediaType type, Object document) {
		return ResponseEntity.ok()
			.contentType(type)
			.cacheControl(ONE_HOUR)
			.header("Access-Control-Allow-Origin", "*")
			.body(json.writeValueAsBytes(document));
	}

}
