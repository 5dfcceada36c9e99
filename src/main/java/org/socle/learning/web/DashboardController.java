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

	private final org.socle.identity.IdentityApi identity;

	private final java.time.Clock clock;

	DashboardController(LearningApi learning, org.socle.identity.IdentityApi identity, java.time.Clock clock) {
		this.learning = learning;
		this.identity = identity;
		this.clock = clock;
	}

	@GetMapping("/")
	String dashboard(@AuthenticationPrincipal SoclePrincipal me, Model model) {
		java.util.List<org.socle.learning.ModuleProgress> progress = learning.progressOf(me.personId());
		model.addAttribute("progress", progress);
		model.addAttribute("assigned", progress.stream()
			.filter(p -> p.assigned() && !p.completed())
			.sorted(java.util.Comparator.comparing(org.socle.learning.ModuleProgress::dueOn,
					java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder())))
			.toList());
		model.addAttribute("assigners", identity.people(progress.stream()
			.map(org.socle.learning.ModuleProgress::assignedBy)
			.filter(java.util.Objects::nonNull)
			.distinct()
			.toList()));
		model.addAttribute("today", java.time.LocalDate.now(clock));
		return "learning/dashboard";
	}

}
