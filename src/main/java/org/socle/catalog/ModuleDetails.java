package org.socle.catalog;

import java.util.List;
import java.util.Locale;

import org.socle.shared.i18n.SupportedLanguages;

/**
 * What a module says of itself beyond its lessons: level, audience, competencies of the
 * référentiel socle, objectives, prerequisites, authors, sources and its completion rule. Part of
 * the immutable version.
 *
 * @param professions  codes of the professions it is written for; empty means everyone
 * @param competencies codes of the competency framework (e.g. {@code D1})
 * @param prerequisites ids of modules to take first
 * @param languages    the languages every lesson is written in
 */
public record ModuleDetails(Level level, List<String> professions, List<String> competencies,
		List<Objective> objectives, List<String> prerequisites, List<Author> authors, List<Source> sources,
		Completion completion, List<String> languages) {

	/** The languages the whole module can be read in; French always. */
	public List<String> languages() {
		return languages == null || languages.isEmpty() ? List.of("fr") : languages;
	}

	/** How much the module expects of its learner. */
	public enum Level {

		INTRODUCTION, INTERMEDIATE, ADVANCED;

		public String code() {
			return name().toLowerCase(Locale.ROOT);
		}

	}

	/** A text in French and, where written, English. */
	public record Text(String fr, String en) {

		public String in(Locale locale) {
			return SupportedLanguages.pick(locale, fr, en);
		}

	}

	/**
	 * A learning objective, in French and, where written, English, with the competency codes it
	 * serves (among the module's).
	 */
	public record Objective(String fr, String en, List<String> competencies) {

		public Objective {
			competencies = competencies == null ? List.of() : List.copyOf(competencies);
		}

		public String in(Locale locale) {
			return SupportedLanguages.pick(locale, fr, en);
		}

		public Text text() {
			return new Text(fr, en);
		}

	}

	public record Author(String name, String role) {
	}

	public record Source(String title, String url) {
	}

	/**
	 * When the module is completed: every lesson read and, when {@code assessmentRequired}, its
	 * assessment passed (at the pass mark the assessment states).
	 */
	public record Completion(boolean allLessons, boolean assessmentRequired) {
	}

}
