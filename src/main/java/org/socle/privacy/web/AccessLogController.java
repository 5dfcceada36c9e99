package org.socle.privacy.web;

import org.socle.identity.SoclePrincipal;
import org.socle.privacy.PrivacyApi;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** "Who viewed my data": every person sees who read their records. */
@Controller
class AccessLogController {

	static final int SHOWN = 200;

	private final PrivacyApi privacy;

	AccessLogController(PrivacyApi privacy) {
		this.privacy = privacy;
	}

	@GetMapping("/privacy/access-log")
	String accessLog(@AuthenticationPrincipal SoclePrincipal me, Model model) {
		model.addAttribute("entries", privacy.accessesTo(me.personId(), SHOWN));
		return "privacy/access-log";
	}

}
