package org.socle.organisation;

/** A unit of an establishment, as forms and reports name it. */
public record UnitSummary(long id, long establishmentId, String name) {
}
