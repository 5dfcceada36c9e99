package org.socle.organisation;

import java.time.LocalDate;

import org.socle.identity.PersonId;

/** A membership in force today, with the ids that assignments match on. */
public record CurrentMembership(long personId, long unitId, long establishmentId, long regionId, String professionCode,
		LocalDate startsOn) {

	public PersonId person() {
		return PersonId.of(personId);
	}

}
