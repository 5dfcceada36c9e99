package org.socle.privacy;

import java.time.Instant;

import org.socle.identity.PersonId;

/** One read of a person's records by someone else, as the person sees it. */
public record AccessLogEntry(Instant occurredAt, PersonId viewer, String viewerName, RecordKind kind, String page) {
}
