package org.socle.organisation;

/** Identifiers of the organisation hierarchy. */
public final class OrganisationIds {

	private OrganisationIds() {
	}

	public record RegionId(long value) {
	}

	public record EstablishmentId(long value) {
	}

	public record UnitId(long value) {
	}

}
