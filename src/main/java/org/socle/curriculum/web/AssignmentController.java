package org.socle.curriculum.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.socle.curriculum.domain.Assignments;
import org.socle.curriculum.domain.CurriculumVersions;
import org.socle.identity.SoclePrincipal;
import org.socle.organisation.OrganisationApi;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Coordinators and managers assign curricula to the establishments of their scope, with a due date. */
@Controller
class AssignmentController {

	private final Assignments assignments;

	private final CurriculumVersions curricula;

	private final OrganisationApi organisation;

	AssignmentController(Assignments assignments, CurriculumVersions curricula, OrganisationApi organisation) {
		this.assignments = assignments;
		this.curricula = curricula;
		this.organisation = organisation;
	}

	@GetMapping("/manage/assignments")
	String list(@AuthenticationPrincipal SoclePrincipal me, Model model) {
		model.addAttribute("assignments", assignments.visibleTo(me));
		model.addAttribute("curricula", curricula.current());
		model.addAttribute("establishments", organisation.establishmentsVisibleTo(me));
		return "curriculum/assignments";
	}

	@PostMapping("/manage/assignments")
	String assign(@AuthenticationPrincipal SoclePrincipal me, @RequestParam(defaultValue = "") String curriculum,
			@RequestParam(defaultValue = "0") long establishment, @RequestParam(defaultValue = "") String dueOn,
			RedirectAttributes redirect) {
		LocalDate due;
		try {
			due = LocalDate.parse(dueOn);
		}
		catch (DateTimeParseException ex) {
			redirect.addFlashAttribute("problem", "assignment.rule.invalid-date");
			return "redirect:/manage/assignments";
		}
		try {
			int reached = assignments.assignToEstablishment(me, curriculum, establishment, due);
			redirect.addFlashAttribute("assignedTo", reached);
		}
		catch (Assignments.AssignmentRefused refused) {
			redirect.addFlashAttribute("problem", refused.messageKey());
		}
		return "redirect:/manage/assignments";
	}

}
