package org.socle.catalog.content;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Images and PDF documents a module's lessons show or link to, kept in its {@code media/} folder. A
 * file is accepted only when its content is of a type the platform serves (PNG, JPEG, GIF, WebP, PDF:
 * never SVG or HTML, which could carry scripts) and its name says the same type.
 */
public final class ModuleMedia {

	/** Larger images belong compressed; larger documents elsewhere. */
	public static final int MAX_BYTES = 5 * 1024 * 1024;

	/** A media path inside a module folder: {@code media/name.ext}. */
	public static final Pattern PATH = Pattern.compile("media/([a-z0-9]+(-[a-z0-9]+)*)\\.(png|jpg|jpeg|gif|webp|pdf)");

	private ModuleMedia() {
	}

	/** The media types served, each with the extensions that name it. */
	public enum Kind {

		PNG("image/png", "png"), JPEG("image/jpeg", "jpg", "jpeg"), GIF("image/gif", "gif"),
		WEBP("image/webp", "webp"), PDF("application/pdf", "pdf");

		private final String contentType;

		private final String[] extensions;

		Kind(String contentType, String... extensions) {
			this.contentType = contentType;
			this.extensions = extensions;
		}

		public String contentType() {
			return contentType;
		}

		public String extension() {
			return extensions[0];
		}

		public boolean image() {
			return this != PDF;
		}

		boolean namedBy(String extension) {
			return Arrays.asList(extensions).contains(extension.toLowerCase(Locale.ROOT));
		}

		public static Optional<Kind> ofContentType(String contentType) {
			return Arrays.stream(values()).filter(kind -> kind.contentType.equals(contentType)).findFirst();
		}

	}

	/** What the bytes are, read from their first bytes; never from a name or a browser's claim. */
	public static Optional<Kind> sniff(byte[] bytes) {
		if (startsWith(bytes, 0, new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' })) {
			return Optional.of(Kind.PNG);
		}
		if (startsWith(bytes, 0, new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF })) {
			return Optional.of(Kind.JPEG);
		}
		if (startsWith(bytes, 0, ascii("GIF87a")) || startsWith(bytes, 0, ascii("GIF89a"))) {
			return Optional.of(Kind.GIF);
		}
		if (startsWith(bytes, 0, ascii("RIFF")) && startsWith(bytes, 8, ascii("WEBP"))) {
			return Optional.of(Kind.WEBP);
		}
		if (startsWith(bytes, 0, ascii("%PDF-"))) {
			return Optional.of(Kind.PDF);
		}
		return Optional.empty();
	}

	/**
	 * Checks one media file: its name, size and content.
	 *
	 * @return the problem code, or empty when the file is fine
	 */
	public static Optional<String> problemWith(String path, byte[] bytes) {
		Matcher name = PATH.matcher(path);
		if (!name.matches()) {
			return Optional.of("invalid-media-name");
		}
		if (bytes.length > MAX_BYTES) {
			return Optional.of("media-too-large");
		}
		Optional<Kind> kind = sniff(bytes);
		if (kind.isEmpty()) {
			return Optional.of("media-type");
		}
		if (!kind.get().namedBy(name.group(3))) {
			return Optional.of("media-type-mismatch");
		}
		return Optional.empty();
	}

	private static byte[] ascii(String text) {
		return text.getBytes(StandardCharsets.US_ASCII);
	}

	private static boolean startsWith(byte[] bytes, int offset, byte[] prefix) {
		if (bytes.length < offset + prefix.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if (bytes[offset + i] != prefix[i]) {
				return false;
			}
		}
		return true;
	}

}
