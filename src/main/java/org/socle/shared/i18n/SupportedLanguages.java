package org.socle.shared.i18n;

import java.util.List;
import java.util.Locale;

/**
 * The languages Socle speaks, French first. Content and messages fall back to French.
 */
public final class SupportedLanguages {

	public static final List<Locale> ALL = List.of(Locale.FRENCH, Locale.ENGLISH);

	private SupportedLanguages() {
	}

	/** Picks the text for the reader's language, falling back to French when there is none. */
	public static String pick(Locale locale, String french, String english) {
		boolean wantsEnglish = locale != null && Locale.ENGLISH.getLanguage().equals(locale.getLanguage());
		return wantsEnglish && english != null && !english.isBlank() ? english : french;
	}

}
