package org.socle.certification.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.socle.certification.domain.Programme;
import org.socle.certification.domain.ProgrammeVersions;
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
 * Administrators adjust a programme: its validity, recertification window, grace period and minimum
 * scores. Each save is a new version; certificates issued under earlier versions keep theirs.
 */
@Controller
class ProgrammeAdminController {

	private final ProgrammeVersions programmes;

	ProgrammeAdminController(ProgrammeVersions programmes) {
		this.programmes = programmes;
	}

	@GetMapping("/admin/certifications")
	String list(Model model) {
		model.addAttribute("programmes", programmes.current());
		return "certification/admin-programmes";
	}

	@GetMapping("/admin/certifications/{slug}")
	String form(@PathVariable String slug, Model model) {
		Programme programme = programme(slug);
		model.addAttribute("programme", programme);
		model.addAttribute("origin", programmes.originOf(slug));
		if (!model.containsAttribute("values")) {
			Map<String, String> values = new LinkedHashMap<>();
			values.put("validity", String.valueOf(programme.validityMonths()));
			values.put("window", String.valueOf(programme.windowMonths()));
			values.put("grace", String.valueOf(programme.graceMonths()));
			for (int i = 0; i < programme.minimumScores().size(); i++) {
				values.put("score" + i, String.valueOf(programme.minimumScores().get(i).score()));
			}
			model.addAttribute("values", values);
			model.addAttribute("errors", Map.of());
		}
		return "certification/admin-programme";
	}

	@PostMapping("/admin/certifications/{slug}")
	String save(@AuthenticationPrincipal SoclePrincipal me, @PathVariable String slug,
			@RequestParam Map<String, String> form, RedirectAttributes redirect) {
		Programme programme = programme(slug);
		Map<String, String> values = new LinkedHashMap<>();
		Map<String, String> errors = new LinkedHashMap<>();
		int validity = number(form, "validity", 1, 240, values, errors);
		int window = number(form, "window", 0, 120, values, errors);
		int grace = number(form, "grace", 0, 24, values, errors);
		if (!errors.containsKey("window") && !errors.containsKey("validity") && window > validity) {
			errors.put("window", "certification.programme.error.window");
		}
		List<Integer> scores = new ArrayList<>();
		for (int i = 0; i < programme.minimumScores().size(); i++) {
			scores.add(number(form, "score" + i, 0, 100, values, errors));
		}
		if (!errors.isEmpty()) {
			// Back to the form with every value as typed, each problem beside its field.
			redirect.addFlashAttribute("values", values);
			redirect.addFlashAttribute("errors", errors);
			redirect.addFlashAttribute("problem", "certification.programme.error.summary");
			return "redirect:/admin/certifications/" + slug;
		}
		int version = programmes.edit(programme, validity, window, grace, scores, me.personId());
		redirect.addFlashAttribute("notice", version == programme.versionNumber() ? "certification.programme.unchanged"
				: "certification.programme.saved");
		return "redirect:/admin/certifications/" + slug;
	}

	private Programme programme(String slug) {
		return programmes.currentOf(slug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private static int number(Map<String, String> form, String field, int min, int max, Map<String, String> values,
			Map<String, String> errors) {
		String typed = form.getOrDefault(field, "").strip();
		values.put(field, typed);
		try {
			int value = Integer.parseInt(typed);
			if (value >= min && value <= max) {
				return value;
			}
		}
		catch (NumberFormatException ex) {
			// reported below
		}
		errors.put(field, "certification.programme.error.range");
		return 0;
	}

}
