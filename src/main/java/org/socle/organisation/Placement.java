package org.socle.organisation;

import org.socle.identity.PersonId;

/** Where a person currently works: unit, establishment, region and profession, ready to show. */
public record Placement(PersonId person, String unitName, String establishmentName, String regionName,
		String professionCode) {
}
