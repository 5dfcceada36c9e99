package org.socle.learning.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.socle.identity.IdentityApi;
import org.socle.identity.PersonId;
import org.socle.identity.SoclePrincipal;
import org.socle.learning.AssessmentApi;
import org.socle.learning.LearningApi;
import org.socle.organisation.OrganisationApi;
import org.socle.organisation.Placement;
import org.socle.privacy.RecordKind;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

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

	private final RecordsAccess records;

	TrainingController(OrganisationApi organisation, IdentityApi identity, LearningApi learning,
			AssessmentApi assessments, RecordsAccess records) {
		this.organisation = organisation;
		this.identity = identity;
		this.learning = learning;
		this.assessments = assessments;
		this.records = records;
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
		if (subject.equals(me.personId())) {
			throw new AccessDeniedException("Trainers read their own records from their dashboard");
		}
		RecordsAccess.Opened opened = records.open(me, subject, RecordKind.ASSESSMENT_ANSWERS, request.getRequestURI());
		model.addAttribute("learner", opened.person());
		model.addAttribute("placement", opened.placement());
		model.addAttribute("progress", learning.progressOf(subject));
		model.addAttribute("attempts", assessments.attemptsOf(subject));
		return "learning/training-learner";
	}

}
