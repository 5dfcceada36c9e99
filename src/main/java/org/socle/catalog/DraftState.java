package org.socle.catalog;

import java.util.Locale;

/**
 * Where a module written in the browser stands in its review: written by its author, submitted for
 * review, sent back with comments, published by another trainer, or withdrawn by its author.
 */
public enum DraftState {

	DRAFT, SUBMITTED, CHANGES_REQUESTED, PUBLISHED, WITHDRAWN;

	/** Whether the author may still change it. */
	public boolean editable() {
		return this == DRAFT || this == CHANGES_REQUESTED;
	}

	/** Whether it still holds its module's slug: one open draft per module. */
	public boolean open() {
		return this != PUBLISHED && this != WITHDRAWN;
	}

	public String code() {
		return name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

}
