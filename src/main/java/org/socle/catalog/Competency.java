package org.socle.catalog;

import java.util.Locale;

import org.socle.shared.i18n.SupportedLanguages;

/** A competency (or domain) of a framework, with its stable code. */
public record Competency(String code, String titleFr, String titleEn, int hours) {

	public String title(Locale locale) {
		return SupportedLanguages.pick(locale, titleFr, titleEn);
	}

}
