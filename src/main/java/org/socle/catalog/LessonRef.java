package org.socle.catalog;

import java.util.Locale;

import org.socle.shared.i18n.SupportedLanguages;

/** A lesson's place in a module: enough to list it and link to it. */
public record LessonRef(LessonId id, String slug, int position, String titleFr, String titleEn) {

	public String title(Locale locale) {
		return SupportedLanguages.pick(locale, titleFr, titleEn);
	}

}
