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
 * @param arguments the message arguments; ISO dates (2026-12-01) are shown in the reader's language
 * @param link where the notice leads, within Socle (a path such as {@code /})
 */
public record Notification(String key, PersonId person, String messageKey, List<String> arguments, String link) {

	public Notification {
		arguments = List.copyOf(arguments);
	}

}
