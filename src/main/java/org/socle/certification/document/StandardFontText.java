package org.socle.certification.document;

import java.io.IOException;
import java.text.Normalizer;

import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Makes any text printable with a standard 14 font. Those fonts need no file (Socle ships none)
 * but only encode WinAnsi (Windows-1252): French is covered (é, è, ç, œ, «, », ’), most names of
 * Western Europe too, but not Ł, ő, ș, Greek, Cyrillic, Arabic or Chinese. A character the font
 * cannot encode is replaced by its compatibility decomposition without the accents (ș → s,
 * ﬁ → fi) and, failing that, by "?", so that rendering never fails. The PDF then shows an
 * approximate name; the exact one is in the signed credential, which is UTF-8 throughout.
 */
final class StandardFontText {

	static final String REPLACEMENT = "?";

	private StandardFontText() {
	}

	static String printable(PDFont font, String text) {
		if (text == null) {
			return "";
		}
		StringBuilder printable = new StringBuilder(text.length());
		text.codePoints().forEach(codePoint -> {
			if (Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint)) {
				printable.append(' ');
			}
			else if (!Character.isISOControl(codePoint)) {
				printable.append(encodable(font, Character.toString(codePoint)));
			}
		});
		return printable.toString();
	}

	private static String encodable(PDFont font, String character) {
		if (canEncode(font, character)) {
			return character;
		}
		StringBuilder approximation = new StringBuilder();
		Normalizer.normalize(character, Normalizer.Form.NFKD).codePoints().forEach(part -> {
			String candidate = Character.toString(part);
			if (Character.getType(part) != Character.NON_SPACING_MARK && canEncode(font, candidate)) {
				approximation.append(candidate);
			}
		});
		return approximation.isEmpty() ? REPLACEMENT : approximation.toString();
	}

	private static boolean canEncode(PDFont font, String character) {
		try {
			font.encode(character);
			return true;
		}
		catch (IllegalArgumentException | IOException ex) {
			return false;
		}
	}

}
