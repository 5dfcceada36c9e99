package org.socle.catalog;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.socle.shared.i18n.SupportedLanguages;

/** One version of a module with its lessons in order. */
public record ModuleOutline(ModuleVersionId versionId, String slug, int versionNumber, String titleFr, String titleEn,
		String summaryFr, String summaryEn, Axis axis, int durationMinutes, List<LessonRef> lessons) {

	public String title(Locale locale) {
		return SupportedLanguages.pick(locale, titleFr, titleEn);
	}

	public String summary(Locale locale) {
		return SupportedLanguages.pick(locale, summaryFr, summaryEn);
	}

	public Optional<LessonRef> lesson(String lessonSlug) {
		return lessons.stream().filter(lesson -> lesson.slug().equals(lessonSlug)).findFirst();
	}

	/** The lesson after the given one, if any. */
	public Optional<LessonRef> after(LessonRef lesson) {
		int index = lessons.indexOf(lesson);
		return index >= 0 && index + 1 < lessons.size() ? Optional.of(lessons.get(index + 1)) : Optional.empty();
	}

	/** The lesson before the given one, if any. */
	public Optional<LessonRef> before(LessonRef lesson) {
		int index = lessons.indexOf(lesson);
		return index > 0 ? Optional.of(lessons.get(index - 1)) : Optional.empty();
	}

}
