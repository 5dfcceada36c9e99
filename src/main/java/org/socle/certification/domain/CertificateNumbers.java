package org.socle.certification.domain;

import java.security.SecureRandom;
import java.util.regex.Pattern;

/**
 * Certificate numbers such as {@code SOC-7KQ2-M9XD-4HTW}: twelve characters drawn by a
 * {@link SecureRandom} from 32 that cannot be mistaken for one another when read aloud or retyped
 * (no 0, O, 1 or I), so 60 bits: a number cannot be guessed from another.
 */
public final class CertificateNumbers {

	static final String ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";

	public static final Pattern FORMAT = Pattern.compile("SOC-[" + ALPHABET + "]{4}-[" + ALPHABET + "]{4}-["
			+ ALPHABET + "]{4}");

	private static final SecureRandom RANDOM = new SecureRandom();

	private CertificateNumbers() {
	}

	public static String next() {
		StringBuilder number = new StringBuilder("SOC");
		for (int group = 0; group < 3; group++) {
			number.append('-');
			for (int i = 0; i < 4; i++) {
				number.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
			}
		}
		return number.toString();
	}

	/** Whether the text has the form of a number (checked before any lookup). */
	public static boolean wellFormed(String number) {
		return number != null && FORMAT.matcher(number).matches();
	}

}
