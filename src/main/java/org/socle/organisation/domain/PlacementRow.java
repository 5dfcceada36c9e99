package org.socle.organisation.domain;

/** A placement as read by one query, before it becomes the public {@code Placement}. */
record PlacementRow(Long personId, String unitName, String establishmentName, String regionName,
		String professionCode) {
}
