package org.socle.shared.text;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Content fingerprints: what tells an unchanged version, file or programme from a changed one. */
public final class Digests {

	private Digests() {
	}

	/** The SHA-256 of the bytes, in lower-case hexadecimal. */
	public static String sha256Hex(byte[] bytes) {
		return HexFormat.of().formatHex(sha256().digest(bytes));
	}

	/** The SHA-256 of the text's UTF-8 bytes, in lower-case hexadecimal. */
	public static String sha256Hex(String text) {
		return sha256Hex(text.getBytes(StandardCharsets.UTF_8));
	}

	/** A fresh SHA-256 digest, for content fed in pieces. */
	public static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime has SHA-256", ex);
		}
	}

}
