package org.socle.certification.web;

import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.socle.certification.domain.EvidenceRejected;
import org.socle.certification.domain.EvidenceSubmissions;
import org.socle.certification.domain.ProgrammeVersions;
import org.socle.identity.IdentityApi;
import org.socle.identity.SoclePrincipal;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Trainers review the evidence of the learners of their groups: validate it, or send it back with a
 * comment saying what to change. A submission outside the reviewer's scope is not found.
 */
@Controller
class EvidenceReviewController {

	private final EvidenceSubmissions evidence;

	private final ProgrammeVersions programmes;

	private final IdentityApi identity;

	EvidenceReviewController(EvidenceSubmissions evidence, ProgrammeVersions programmes, IdentityApi identity) {
		this.evidence = evidence;
		this.programmes = programmes;
		this.identity = identity;
	}

	@GetMapping("/certifications/reviews")
	String queue(@AuthenticationPrincipal SoclePrincipal me, Model model) {
		var pending = evidence.awaitingReviewBy(me);
		model.addAttribute("pending", pending);
		model.addAttribute("people", identity.people(pending.stream().map(EvidenceSubmissions.Submission::person)
			.collect(Collectors.toSet())));
		model.addAttribute("programmes", programmes.current().stream()
			.collect(Collectors.toMap(p -> p.slug(), p -> p)));
		return "certification/reviews";
	}

	@GetMapping("/certifications/reviews/{id}")
	String submission(@AuthenticationPrincipal SoclePrincipal me, @PathVariable long id, Model model) {
		EvidenceSubmissions.Submission submission = evidence.reviewable(me, id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		var history = evidence.of(submission.person(), submission.programme())
			.stream()
			.filter(s -> s.item().equals(submission.item()))
			.toList();
		model.addAttribute("submission", submission);
		model.addAttribute("history", history);
		model.addAttribute("programme", programmes.currentOf(submission.programme()).orElseThrow());
		model.addAttribute("people", identity.people(Stream.concat(Stream.of(submission.person()),
				history.stream().map(EvidenceSubmissions.Submission::reviewedBy).filter(java.util.Objects::nonNull))
			.collect(Collectors.toSet())));
		return "certification/review";
	}

	@PostMapping("/certifications/reviews/{id}")
	String review(@AuthenticationPrincipal SoclePrincipal me, @PathVariable long id,
			@RequestParam(name = "decision", defaultValue = "") String decision,
			@RequestParam(name = "comment", defaultValue = "") String comment, RedirectAttributes redirect) {
		if (evidence.reviewable(me, id).isEmpty()) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		if (!decision.equals("validate") && !decision.equals("return")) {
			redirect.addFlashAttribute("problem", "certification.review.error.decision");
			redirect.addFlashAttribute("comment", comment);
			return "redirect:/certifications/reviews/" + id;
		}
		try {
			evidence.review(me, id, decision.equals("validate"), comment);
			redirect.addFlashAttribute("notice",
					decision.equals("validate") ? "certification.review.validated" : "certification.review.returned");
			return "redirect:/certifications/reviews";
		}
		catch (EvidenceRejected rejected) {
			redirect.addFlashAttribute("problem", "certification.evidence.error." + rejected.code());
			redirect.addFlashAttribute("comment", comment);
			return "redirect:/certifications/reviews/" + id;
		}
	}

}
