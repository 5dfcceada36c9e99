package org.socle.notification;

import java.util.List;

import org.socle.identity.PersonId;

/**
 * Something to tell a person, in the application and by mail when they have an address.
 *
 * @param key what it is about, unique (e.g. one reminder stage of one assignment for one person): the same
 * key twice creates one notice and one mail
 * @param messageKey the message bundle key of the notice; its mail uses {@code <messageKey>.subject} and
 * {@code <messageKey>.body}
 * @param arguments the message arguments: strings, where ISO dates (2026-12-01) are shown in the reader's
 * language, or {@link Bilingual} texts (a title), shown in the reader's language
 * @param link where the notice leads, within Socle (a path such as {@code /})
 */
public record Notification(String key, PersonId person, String messageKey, List<?> arguments, String link) {

	public Notification {
		for (Object argument : arguments) {
			if (!(argument instanceof String) && !(argument instanceof Bilingual)) {
				throw new IllegalArgumentException("A notice argument is a string or a bilingual text: " + argument);
			}
		}
		arguments = List.copyOf(arguments);
	}

	/** A text in French and, where written, English (null or blank: the French is shown). */
	public record Bilingual(String fr, String en) {

		public String in(java.util.Locale locale) {
			return org.socle.shared.i18n.SupportedLanguages.pick(locale, fr, en);
		}

	}

}
