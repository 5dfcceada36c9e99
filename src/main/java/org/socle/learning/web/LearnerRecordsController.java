package org.socle.learning.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.socle.identity.IdentityApi;
import org.socle.identity.PersonId;
import org.socle.identity.PersonSummary;
import org.socle.identity.SoclePrincipal;
import org.socle.learning.LearningApi;
import org.socle.organisation.OrganisationApi;
import org.socle.privacy.PrivacyApi;
import org.socle.privacy.RecordKind;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * A learner's progress seen by someone entitled to it (their manager, their agency, an
 * administrator). Each view is written to the learner's access log before anything is shown.
 */
@Controller
class LearnerRecordsController {

	private final LearningApi learning;

	private final IdentityApi identity;

	private final OrganisationApi organisation;

	private final PrivacyApi privacy;

	LearnerRecordsController(LearningApi learning, IdentityApi identity, OrganisationApi organisation,
			PrivacyApi privacy) {
		this.learning = learning;
		this.identity = identity;
		this.organisation = organisation;
		this.privacy = privacy;
	}

	@GetMapping("/people/{personId}/learning")
	String learnerProgress(@PathVariable long personId, @AuthenticationPrincipal SoclePrincipal me,
			HttpServletRequest request, Model model) {
		PersonId subject = PersonId.of(personId);
		if (subject.equals(me.personId())) {
			return "redirect:/";
		}
		// The same answer whether the person does not exist or is outside the viewer's scope.
		if (!organisation.mayViewRecordsOf(me, subject)) {
			throw new AccessDeniedException("Person " + personId + " is outside the scope of " + me.personId());
		}
		// Only someone entitled to everyone's records (an administrator) gets this far for an unknown id.
		PersonSummary learner = identity.person(subject)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		privacy.recordAccess(me.personId(), subject, RecordKind.LEARNING_PROGRESS, request.getRequestURI());
		model.addAttribute("learner", learner);
		model.addAttribute("placement", organisation.placements(List.of(subject)).get(subject));
		model.addAttribute("progress", learning.progressOf(subject));
		return "learning/learner-progress";
	}

}
