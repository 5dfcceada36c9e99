package org.socle.notification.web;

import org.socle.identity.SoclePrincipal;
import org.socle.notification.NotificationApi;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The number of unread notices, for the navigation of every page (one indexed count). */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
class UnreadNotices {

	private final NotificationApi notifications;

	UnreadNotices(NotificationApi notifications) {
		this.notifications = notifications;
	}

	@ModelAttribute("unreadNotices")
	Long unreadNotices() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.getPrincipal() instanceof SoclePrincipal me
				? notifications.unreadCount(me.personId()) : null;
	}

}
