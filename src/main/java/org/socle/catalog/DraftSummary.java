package org.socle.catalog;

import java.time.Instant;

/** A draft in a list: which module, whose, where it stands. */
public record DraftSummary(long id, String slug, String title, DraftState state, long authorId, Instant updatedAt) {
}
