package org.socle.learning.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.socle.identity.IdentityApi;
import org.socle.identity.PersonId;
import org.socle.identity.PersonSummary;
import org.socle.identity.SoclePrincipal;
import org.socle.learning.AssessmentApi;
import org.socle.learning.LearningApi;
import org.socle.organisation.OrganisationApi;
import org.socle.organisation.Placement;
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
 * A trainer follows the learners of their groups: progress, attempts, scores and the justifications
 * written in clinical cases. Reading one person's answers is written to that person's access log
 * before anything is shown.
 */
@Controller
class TrainingController {

	private final OrganisationApi organisation;

	private final IdentityApi identity;

	private final LearningApi learning;

	private final AssessmentApi assessments;

	private final PrivacyApi privacy;

	TrainingController(OrganisationApi organisation, IdentityApi identity, LearningApi learning,
			AssessmentApi assessments, PrivacyApi privacy) {
		this.organisation = organisation;
		this.identity = identity;
		this.learning = learning;
		this.assessments = assessments;
		this.privacy = privacy;
	}

	@GetMapping("/training")
	String groups(@AuthenticationPrincipal SoclePrincipal me, Model model) {
		List<Placement> learners = organisation.learnersOfTrainer(me);
		model.addAttribute("learners", learners);
		model.addAttribute("names", identity.people(learners.stream().map(Placement::person).toList()));
		return "learning/training";
	}

	@GetMapping("/training/people/{personId}")
	String learner(@PathVariable long personId, @AuthenticationPrincipal SoclePrincipal me, HttpServletRequest request,
			Model model) {
		PersonId subject = PersonId.of(personId);
		// The same answer whether the person does not exist or is outside the trainer's groups.
		if (subject.equals(me.personId()) || !organisation.mayViewRecordsOf(me, subject)) {
			throw new AccessDeniedException("Person " + personId + " is outside the groups of " + me.personId());
		}
		PersonSummary learner = identity.person(subject)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		privacy.recordAccess(me.personId(), subject, RecordKind.ASSESSMENT_ANSWERS, request.getRequestURI());
		model.addAttribute("learner", learner);
		model.addAttribute("placement", organisation.placements(List.of(subject)).get(subject));
		model.addAttribute("progress", learning.progressOf(subject));
		model.addAttribute("attempts", assessments.attemptsOf(subject));
		return "learning/training-learner";
	}

}
