package org.socle.notification;

import java.time.Instant;

/** An in-app notice, its text already in the reader's language. */
public record NoticeView(long id, String text, String link, Instant createdAt, boolean read) {
}
