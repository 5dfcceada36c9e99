package org.socle.catalog;

import java.text.Normalizer;
import java.util.Locale;

/**
 * What a learner looks for in the catalogue; every criterion is optional.
 *
 * @param text        words to find in titles and summaries (case and accents ignored)
 * @param axis        one of the three axes
 * @param competency  a competency code of the framework (e.g. {@code D2})
 * @param profession  a profession code: modules written for it or for everyone
 * @param maxDuration longest duration wanted, in minutes
 * @param language    {@code fr} or {@code en}: modules readable entirely in it
 */
public record CatalogQuery(String text, Axis axis, String competency, String profession, Integer maxDuration,
		String language) {

	public static CatalogQuery everything() {
		return new CatalogQuery(null, null, null, null, null, null);
	}

	public boolean matches(ModuleOutline module, ModuleDetails details) {
		return (axis == null || module.axis() == axis)
				&& (maxDuration == null || module.durationMinutes() <= maxDuration)
				&& (isBlank(text) || containsWords(module))
				&& (isBlank(competency) || details != null && details.competencies().contains(competency))
				&& (isBlank(profession) || details == null || details.professions().isEmpty()
						|| details.professions().contains(profession))
				&& (isBlank(language) || "fr".equals(language)
						|| details != null && details.languages().contains(language));
	}

	private boolean containsWords(ModuleOutline module) {
		String haystack = fold(String.join(" ", module.titleFr(), String.valueOf(module.titleEn()), module.summaryFr(),
				String.valueOf(module.summaryEn())));
		for (String word : fold(text).split("\\s+")) {
			if (!word.isEmpty() && !haystack.contains(word)) {
				return false;
			}
		}
		return true;
	}

	private static String fold(String text) {
		return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
	}

	private static boolean isBlank(String value) {
		return value == null || value.isBlank();
	}

}
