package org.socle.certification.domain;

import java.util.Arrays;
import java.util.Optional;

/**
 * A file attached to a piece of evidence. Its type is found from its first bytes, never from its name
 * or what the browser said; only documents and images a trainer can open safely are taken.
 */
public record EvidenceFile(String name, String type, byte[] content) {

	/** The largest file taken: a plan or a report of a few pages, scanned or not. */
	public static final int MAX_BYTES = 5 * 1024 * 1024;

	private static final byte[] PDF = { '%', 'P', 'D', 'F', '-' };

	private static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a };

	private static final byte[] JPEG = { (byte) 0xff, (byte) 0xd8, (byte) 0xff };

	/** The type of these bytes, if Socle takes it: {@code application/pdf}, {@code image/png}, {@code image/jpeg}. */
	public static Optional<String> sniff(byte[] content) {
		if (startsWith(content, PDF)) {
			return Optional.of("application/pdf");
		}
		if (startsWith(content, PNG)) {
			return Optional.of("image/png");
		}
		if (startsWith(content, JPEG)) {
			return Optional.of("image/jpeg");
		}
		return Optional.empty();
	}

	/** A name safe to show and to send back in a header: no folders, no control or quoting characters. */
	public static String safeName(String original, String type) {
		String name = original == null ? "" : original.replace('\\', '/');
		name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"<>:*?|;]", "_").strip();
		if (name.isEmpty() || name.startsWith(".")) {
			name = "piece" + extension(type);
		}
		return name.length() > 120 ? name.substring(0, 120) : name;
	}

	public static String extension(String type) {
		return switch (type) {
			case "application/pdf" -> ".pdf";
			case "image/png" -> ".png";
			default -> ".jpg";
		};
	}

	private static boolean startsWith(byte[] content, byte[] prefix) {
		return content != null && content.length >= prefix.length
				&& Arrays.equals(content, 0, prefix.length, prefix, 0, prefix.length);
	}

}
