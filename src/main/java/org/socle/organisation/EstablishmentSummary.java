package org.socle.organisation;

/** An establishment with its agency's region, as lists and reports name it. */
public record EstablishmentSummary(long id, String code, String name, String regionCode, String regionName,
		long regionId) {
}
