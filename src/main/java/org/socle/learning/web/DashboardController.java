package org.socle.learning.web;

import org.socle.identity.SoclePrincipal;
import org.socle.learning.LearningApi;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The learner's home: their modules with progress and where to resume. */
@Controller
class DashboardController {

	private final LearningApi learning;

	DashboardController(LearningApi learning) {
		this.learning = learning;
	}

	@GetMapping("/")
	String dashboard(@AuthenticationPrincipal SoclePrincipal me, Model model) {
		model.addAttribute("progress", learning.progressOf(me.personId()));
		return "learning/dashboard";
	}

}
