package org.socle.catalog.content;

import java.util.List;
import java.util.Map;

import org.socle.catalog.Assessment;
import org.socle.catalog.Axis;
import org.socle.catalog.ModuleDetails;

/**
 * A module as read from its folder, valid and complete.
 *
 * @param assessment  the module's assessment, or {@code null} when it has none
 * @param files       every file read, by path relative to the module folder ({@code /} separated)
 * @param media       images and documents by path ({@code media/name.ext}), checked by {@link ModuleMedia}
 * @param contentHash SHA-256 of every file the module is made of: the same files give the same
 *                    hash, so importing twice changes nothing
 */
public record ModuleSource(String slug, String titleFr, String titleEn, String summaryFr, String summaryEn, Axis axis,
		int durationMinutes, ModuleDetails details, List<LessonSource> lessons, Assessment assessment,
		Map<String, String> files, Map<String, byte[]> media, String contentHash) {

	/** A lesson: its slug is its file name without {@code .md}. */
	public record LessonSource(String slug, String titleFr, String titleEn, String markdownFr, String markdownEn) {
	}

}
