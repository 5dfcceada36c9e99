package org.socle.organisation;

/** A region (its agency), as forms and reports name it. */
public record RegionSummary(long id, String code, String name) {
}
