package org.socle.learning.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.socle.identity.SoclePrincipal;
import org.socle.learning.Answer;
import org.socle.learning.AssessmentApi;
import org.socle.learning.AttemptRuleViolation;
import org.socle.catalog.Assessment.Question;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriUtils;

/**
 * A module's assessment for its learner: the rules and past attempts, one attempt's questions (saved
 * by a button without JavaScript, as the learner goes with htmx), and its result. Grades come from
 * the server only; the form carries answers, never scores.
 */
@Controller
class AssessmentController {

	private final AssessmentApi attempts;

	AssessmentController(AssessmentApi attempts) {
		this.attempts = attempts;
	}

	@GetMapping("/modules/{slug}/assessment")
	String overview(@PathVariable String slug, @AuthenticationPrincipal SoclePrincipal me, Model model) {
		model.addAttribute("overview", attempts.overview(me.personId(), slug));
		return "learning/assessment";
	}

	@PostMapping("/modules/{slug}/assessment/attempts")
	String start(@PathVariable String slug, @AuthenticationPrincipal SoclePrincipal me, RedirectAttributes redirect) {
		try {
			return redirectTo(slug, attempts.start(me.personId(), slug));
		}
		catch (AttemptRuleViolation violation) {
			redirect.addFlashAttribute("problem", violation.messageKey());
			return "redirect:/modules/" + UriUtils.encodePathSegment(slug, "UTF-8") + "/assessment";
		}
	}

	@GetMapping("/modules/{slug}/assessment/attempts/{number}")
	String attempt(@PathVariable String slug, @PathVariable int number, @AuthenticationPrincipal SoclePrincipal me,
			Model model) {
		model.addAttribute("attempt", attempts.attempt(me.personId(), slug, number));
		return "learning/attempt";
	}

	@PostMapping("/modules/{slug}/assessment/attempts/{number}")
	String saveOrSubmit(@PathVariable String slug, @PathVariable int number,
			@RequestParam(defaultValue = "save") String action, @RequestParam MultiValueMap<String, String> form,
			@AuthenticationPrincipal SoclePrincipal me, RedirectAttributes redirect) {
		Map<String, Answer> answers = answersFrom(attempts.assessmentOf(me.personId(), slug).questions(), form);
		try {
			if ("submit".equals(action)) {
				attempts.submit(me.personId(), slug, number, answers);
				redirect.addFlashAttribute("notice", "attempt.submitted");
			}
			else {
				attempts.save(me.personId(), slug, number, answers);
				redirect.addFlashAttribute("notice", "attempt.saved");
			}
		}
		catch (AttemptRuleViolation violation) {
			redirect.addFlashAttribute("problem", violation.messageKey());
		}
		return redirectTo(slug, number);
	}

	/**
	 * Reads the answers the form carries for the assessment's questions, nothing else: a question the
	 * form does not mention is left as it was (the service keeps only those drawn for the attempt).
	 */
	static Map<String, Answer> answersFrom(List<Question> questions, MultiValueMap<String, String> form) {
		Map<String, Answer> answers = new LinkedHashMap<>();
		for (Question question : questions) {
			String id = question.id();
			String key = "q." + id;
			if (form.keySet().stream().noneMatch(field -> field.equals(key) || field.startsWith(key + "."))) {
				continue;
			}
			switch (question.type()) {
				case SINGLE_CHOICE, MULTIPLE_CHOICE, TRUE_FALSE -> answers.put(id,
						new Answer(form.getOrDefault(key, List.of()), null));
				case NUMERIC, SHORT_TEXT -> answers.put(id, new Answer(List.of(), form.getFirst(key)));
				case CLINICAL_CASE -> answers.put(id, new Answer(form.getOrDefault(key, List.of()).stream().limit(1).toList(),
						form.getFirst(key + ".justification")));
				case ORDERING -> {
					List<int[]> ranks = new ArrayList<>();
					for (int item = 0; item < question.items().size(); item++) {
						ranks.add(new int[] { item, rank(form.getFirst(key + ".rank." + item)) });
					}
					ranks.sort(Comparator.comparingInt(rank -> rank[1]));
					boolean complete = ranks.stream().allMatch(rank -> rank[1] > 0)
							&& ranks.stream().map(rank -> rank[1]).distinct().count() == ranks.size();
					answers.put(id, new Answer(complete ? ranks.stream().map(rank -> String.valueOf(rank[0])).toList()
							: List.of(), null));
				}
				case MATCHING -> {
					List<String> matches = new ArrayList<>();
					for (int left = 0; left < question.pairs().size(); left++) {
						String right = form.getFirst(key + ".match." + left);
						matches.add(right == null ? "" : right);
					}
					answers.put(id, new Answer(matches, null));
				}
			}
		}
		return answers;
	}

	private static int rank(String value) {
		try {
			return value == null ? 0 : Integer.parseInt(value.strip());
		}
		catch (NumberFormatException ex) {
			return 0;
		}
	}

	private static String redirectTo(String slug, int number) {
		return "redirect:/modules/" + UriUtils.encodePathSegment(slug, "UTF-8") + "/assessment/attempts/" + number;
	}

}
