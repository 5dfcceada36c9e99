package org.socle.notification.web;

import java.util.Locale;

import org.socle.identity.SoclePrincipal;
import org.socle.notification.NotificationApi;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** A person's notices: reminders, digests; each can be marked read. */
@Controller
class NoticeController {

	private final NotificationApi notifications;

	NoticeController(NotificationApi notifications) {
		this.notifications = notifications;
	}

	@GetMapping("/notices")
	String list(@AuthenticationPrincipal SoclePrincipal me, Locale locale, Model model) {
		model.addAttribute("notices", notifications.noticesOf(me.personId(), locale, 100));
		return "notification/notices";
	}

	@PostMapping("/notices/{id}/read")
	String read(@AuthenticationPrincipal SoclePrincipal me, @PathVariable long id) {
		notifications.markRead(me.personId(), id);
		return "redirect:/notices";
	}

}
