package org.socle.certification.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.socle.catalog.CatalogApi;
import org.socle.catalog.CertificationProgrammeOutline;
import org.socle.certification.CertifiableCurricula;
import org.socle.certification.domain.Programme;
import org.socle.certification.domain.ProgrammeVersions;
import org.socle.identity.SoclePrincipal;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Administrators edit a programme: its wording, the curricula it requires, its minimum scores, its
 * evidence items, its validity, recertification window and grace period, and its DPC fields. Each save
 * is a new version; certificates issued under earlier versions keep theirs, and evidence already
 * submitted stays with its learner whatever becomes of its item.
 */
@Controller
class ProgrammeAdminController {

	private final ProgrammeVersions programmes;

	private final CertifiableCurricula curricula;

	private final CatalogApi catalog;

	ProgrammeAdminController(ProgrammeVersions programmes, CertifiableCurricula curricula, CatalogApi catalog) {
		this.programmes = programmes;
		this.curricula = curricula;
		this.catalog = catalog;
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
		model.addAttribute("curricula", curricula.offered());
		model.addAttribute("modules", catalog.currentModules());
		model.addAttribute("dpcActionTypes", CertificationProgrammeOutline.Dpc.ACTION_TYPES);
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", ProgrammeForm.of(programme));
			model.addAttribute("errors", Map.of());
		}
		return "certification/admin-programme";
	}

	@PostMapping("/admin/certifications/{slug}")
	String save(@AuthenticationPrincipal SoclePrincipal me, @PathVariable String slug,
			@RequestParam MultiValueMap<String, String> posted, RedirectAttributes redirect) {
		Programme programme = programme(slug);
		ProgrammeForm form = ProgrammeForm.read(posted);
		ProgrammeForm.Parsed parsed = form.parse();
		var offered = curricula.offered();
		Set<String> known = offered.stream().map(CertifiableCurricula.Offered::id).collect(Collectors.toSet());
		Set<String> assessed = parsed.draft()
			.minimumScores()
			.stream()
			.map(Programme.MinimumScore::module)
			.filter(module -> catalog.currentModule(module)
				.flatMap(outline -> catalog.assessment(outline.versionId()))
				.isPresent())
			.collect(Collectors.toSet());
		Map<String, String> errors = new LinkedHashMap<>(
				parsed.draft().problems(parsed.scoreRows(), parsed.evidenceRows(), assessed, known));
		errors.putAll(parsed.problems());
		if (!errors.isEmpty()) {
			// Back to the form with everything as typed, each problem beside its field.
			redirect.addFlashAttribute("form", form);
			redirect.addFlashAttribute("errors", errors);
			return "redirect:/admin/certifications/" + slug;
		}
		int version = programmes.edit(programme, parsed.draft(), offered, me.personId());
		redirect.addFlashAttribute("notice", version == programme.versionNumber() ? "certification.programme.unchanged"
				: "certification.programme.saved");
		return "redirect:/admin/certifications/" + slug;
	}

	private Programme programme(String slug) {
		return programmes.currentOf(slug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

}
