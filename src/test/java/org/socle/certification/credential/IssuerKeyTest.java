package org.socle.certification.credential;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import java.util.HexFormat;

import org.junit.jupiter.api.Test;

class IssuerKeyTest {

	/** RFC 8032, section 7.1, test 1. */
	private static final String SECRET = "9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60";

	private static final String PUBLIC = "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a";

	private static final String SIGNATURE_OF_NOTHING = "e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e06522490155"
			+ "5fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b";

	@Test
	void aConfiguredPrivateKeyGivesBackItsStandardPublicKeyAndSignatures() {
		// What "openssl genpkey -algorithm ed25519 | openssl pkey -outform DER | base64" prints for that key.
		String pkcs8 = Base64.getEncoder()
			.encodeToString(HexFormat.of().parseHex("302e020100300506032b657004220420" + SECRET));

		IssuerKey key = IssuerKey.configured(pkcs8);

		assertThat(key.publicJwk("k").get("x"))
			.isEqualTo(Base64.getUrlEncoder().withoutPadding().encodeToString(HexFormat.of().parseHex(PUBLIC)));
		assertThat(HexFormat.of().formatHex(key.sign(new byte[0]))).isEqualTo(SIGNATURE_OF_NOTHING);
	}

	@Test
	void aStoredKeyIsTheSameKeyOnceReadBack() {
		IssuerKey generated = IssuerKey.generate();

		IssuerKey readBack = IssuerKey.stored(generated.privatePkcs8(), generated.publicX509());

		assertThat(readBack.thumbprint()).isEqualTo(generated.thumbprint());
		assertThat(readBack.sign("même contenu".getBytes())).isEqualTo(generated.sign("même contenu".getBytes()));
	}

}
