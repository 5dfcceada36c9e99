package org.socle.catalog;

import java.time.Instant;
import java.util.List;

/** The versions of a module and what changed between two of them, lesson by lesson. */
public final class VersionHistory {

	private VersionHistory() {
	}

	/** One version as the history lists it. */
	public record Entry(ModuleVersionId id, int versionNumber, Instant importedAt, int lessons, boolean current) {
	}

	/** How a lesson differs from one version to the other. */
	public enum Change {
		ADDED, REMOVED, CHANGED, UNCHANGED
	}

	/** A lesson in the comparison, with its title in the newer version (or the older one if removed). */
	public record LessonChange(String slug, String titleFr, String titleEn, Change change) {

		public String title(java.util.Locale locale) {
			return org.socle.shared.i18n.SupportedLanguages.pick(locale, titleFr, titleEn);
		}

	}

	/** The comparison of two versions; {@code descriptionChanged} covers titles, summary and details. */
	public record Comparison(int from, int to, boolean descriptionChanged, List<LessonChange> lessons) {
	}

}
