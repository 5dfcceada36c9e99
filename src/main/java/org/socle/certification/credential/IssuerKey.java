package org.socle.certification.credential;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.interfaces.EdECPrivateKey;
import java.security.spec.NamedParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An Ed25519 key pair of the issuer, with the JDK's own implementation (no third-party crypto).
 * Its id is its RFC 7638 JWK thumbprint, so the same key always has the same id wherever it is
 * stored. Only the public half ever leaves this class as a JWK.
 */
public final class IssuerKey {

	static final String ALGORITHM = "Ed25519";

	/** SubjectPublicKeyInfo of an Ed25519 key up to the 32 key bytes (RFC 8410). */
	private static final byte[] X509_PREFIX = { 0x30, 0x2a, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x03, 0x21,
			0x00 };

	private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

	private final PrivateKey privateKey;

	private final PublicKey publicKey;

	private final String thumbprint;

	private IssuerKey(PrivateKey privateKey, PublicKey publicKey) {
		this.privateKey = privateKey;
		this.publicKey = publicKey;
		this.thumbprint = thumbprint(rawPublicKey(publicKey));
	}

	static IssuerKey generate() {
		try {
			KeyPair pair = KeyPairGenerator.getInstance(ALGORITHM).generateKeyPair();
			return new IssuerKey(pair.getPrivate(), pair.getPublic());
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("This JDK cannot generate Ed25519 keys", ex);
		}
	}

	/** A key pair stored as its PKCS#8 private and X.509 public encodings, in base64. */
	static IssuerKey stored(String privatePkcs8, String publicX509) {
		try {
			KeyFactory factory = KeyFactory.getInstance(ALGORITHM);
			return new IssuerKey(factory.generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(privatePkcs8))),
					factory.generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(publicX509))));
		}
		catch (GeneralSecurityException | IllegalArgumentException ex) {
			throw new IllegalStateException("The stored issuer key cannot be read", ex);
		}
	}

	/**
	 * The key configured as a base64 PKCS#8 private key (what {@code openssl genpkey -algorithm
	 * ed25519 | openssl pkey -outform DER | base64 -w0} prints). The JDK offers no call that derives
	 * an Ed25519 public key from a private one, but its key pair generator derives the pair from the
	 * 32 bytes it draws: handing it the private key's seed as its only randomness gives back the same
	 * private key with its public key, which is checked.
	 */
	static IssuerKey configured(String base64Pkcs8) {
		PrivateKey privateKey;
		try {
			privateKey = KeyFactory.getInstance(ALGORITHM)
				.generatePrivate(new PKCS8EncodedKeySpec(Base64.getMimeDecoder().decode(base64Pkcs8.strip())));
		}
		catch (GeneralSecurityException | IllegalArgumentException ex) {
			throw new IllegalStateException(
					"socle.certification.issuer-key must be a base64 PKCS#8 Ed25519 private key: " + ex.getMessage(), ex);
		}
		byte[] seed = ((EdECPrivateKey) privateKey).getBytes()
			.orElseThrow(() -> new IllegalStateException("socle.certification.issuer-key has no key bytes"));
		try {
			KeyPairGenerator generator = KeyPairGenerator.getInstance(ALGORITHM);
			generator.initialize(NamedParameterSpec.ED25519, new SeedAsRandomness(seed));
			KeyPair pair = generator.generateKeyPair();
			if (!Arrays.equals(((EdECPrivateKey) pair.getPrivate()).getBytes().orElseThrow(), seed)) {
				throw new IllegalStateException("The public key of socle.certification.issuer-key cannot be derived");
			}
			return new IssuerKey(privateKey, pair.getPublic());
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("This JDK cannot use Ed25519 keys", ex);
		}
	}

	/** The key's id: its JWK thumbprint (RFC 7638), base64url. */
	public String thumbprint() {
		return thumbprint;
	}

	String privatePkcs8() {
		return Base64.getEncoder().encodeToString(privateKey.getEncoded());
	}

	String publicX509() {
		return Base64.getEncoder().encodeToString(publicKey.getEncoded());
	}

	/** The public key as a JWK (RFC 8037, {@code OKP} / {@code Ed25519}); it never holds {@code d}. */
	public Map<String, Object> publicJwk(String kid) {
		Map<String, Object> jwk = new LinkedHashMap<>();
		jwk.put("kty", "OKP");
		jwk.put("crv", ALGORITHM);
		jwk.put("x", BASE64URL.encodeToString(rawPublicKey(publicKey)));
		jwk.put("kid", kid);
		jwk.put("alg", "EdDSA");
		jwk.put("use", "sig");
		return jwk;
	}

	/** An EdDSA signature (64 bytes, as JWS carries it: RFC 8037 section 3.1). */
	byte[] sign(byte[] content) {
		try {
			Signature signature = Signature.getInstance(ALGORITHM);
			signature.initSign(privateKey);
			signature.update(content);
			return signature.sign();
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Signing with the issuer key failed", ex);
		}
	}

	private static byte[] rawPublicKey(PublicKey key) {
		byte[] encoded = key.getEncoded();
		if (encoded.length != X509_PREFIX.length + 32
				|| !Arrays.equals(encoded, 0, X509_PREFIX.length, X509_PREFIX, 0, X509_PREFIX.length)) {
			throw new IllegalStateException("Not an Ed25519 public key");
		}
		return Arrays.copyOfRange(encoded, X509_PREFIX.length, encoded.length);
	}

	private static String thumbprint(byte[] rawPublicKey) {
		// The required members in lexicographic order, no whitespace (RFC 7638 section 3.2).
		String members = "{\"crv\":\"Ed25519\",\"kty\":\"OKP\",\"x\":\"" + BASE64URL.encodeToString(rawPublicKey) + "\"}";
		try {
			return BASE64URL.encodeToString(
					MessageDigest.getInstance("SHA-256").digest(members.getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Randomness that is the given seed: lets the generator rebuild a known key pair. */
	private static final class SeedAsRandomness extends SecureRandom {

		private static final long serialVersionUID = 1L;

		private final byte[] seed;

		SeedAsRandomness(byte[] seed) {
			this.seed = seed.clone();
		}

		@Override
		public void nextBytes(byte[] bytes) {
			if (bytes.length != seed.length) {
				throw new IllegalStateException("Unexpected request for " + bytes.length + " random bytes");
			}
			System.arraycopy(seed, 0, bytes, 0, bytes.length);
		}

	}

	@Override
	public String toString() {
		return "IssuerKey[" + thumbprint + "]";
	}

}
