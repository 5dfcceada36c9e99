package org.socle.organisation;

/** A region and its agency, as forms and lists name it. */
public record RegionSummary(long id, String code, String name) {
}
