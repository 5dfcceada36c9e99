package org.socle.organisation;

import org.socle.identity.PersonId;

/**
 * A person started working in a unit (hired, transferred, imported from an HR file): assignments that
 * target their establishment or region reach them.
 */
public record MembershipStarted(PersonId person, long unitId, long establishmentId, long regionId,
		String professionCode) {
}
