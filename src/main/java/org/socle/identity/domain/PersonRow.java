package org.socle.identity.domain;

import org.socle.identity.PersonId;
import org.socle.identity.PersonSummary;

/** A person as read for display, without loading roles. */
record PersonRow(Long id, String username, String displayName) {

	PersonSummary summary() {
		return new PersonSummary(PersonId.of(id), username, displayName);
	}

}
