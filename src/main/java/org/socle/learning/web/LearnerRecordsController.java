package org.socle.learning.web;


import jakarta.servlet.http.HttpServletRequest;

import org.socle.identity.PersonId;
import org.socle.identity.SoclePrincipal;
import org.socle.learning.LearningApi;
import org.socle.privacy.RecordKind;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * A learner's progress seen by someone entitled to it (their manager, their agency, an
 * administrator). Each view is written to the learner's access log before anything is shown.
 */
@Controller
class LearnerRecordsController {

	private final LearningApi learning;

	private final RecordsAccess records;

	LearnerRecordsController(LearningApi learning, RecordsAccess records) {
		this.learning = learning;
		this.records = records;
	}

	@GetMapping("/people/{personId}/learning")
	String learnerProgress(@PathVariable long personId, @AuthenticationPrincipal SoclePrincipal me,
			HttpServletRequest request, Model model) {
		PersonId subject = PersonId.of(personId);
		if (subject.equals(me.personId())) {
			return "redirect:/";
		}
		RecordsAccess.Opened opened = records.open(me, subject, RecordKind.LEARNING_PROGRESS, request.getRequestURI());
		model.addAttribute("learner", opened.person());
		model.addAttribute("placement", opened.placement());
		model.addAttribute("progress", learning.progressOf(subject));
		return "learning/learner-progress";
	}

}
