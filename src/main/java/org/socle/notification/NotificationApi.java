package org.socle.notification;

import java.util.List;
import java.util.Locale;

import org.socle.identity.PersonId;

/** The notification module's public face: notices in the application, mail through the outbox. */
public interface NotificationApi {

	/**
	 * Records the notice and, when the person has an address, queues the mail (French, then English),
	 * in the caller's transaction.
	 *
	 * @return false when a notification with that key already exists (nothing was created)
	 */
	boolean notify(Notification notification);

	/** A person's latest notices, newest first. */
	List<NoticeView> noticesOf(PersonId person, Locale locale, int limit);

	long unreadCount(PersonId person);

	/** Marks one of the person's own notices read; someone else's notice is left alone. */
	void markRead(PersonId person, long noticeId);

}
