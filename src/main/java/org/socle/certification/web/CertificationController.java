package org.socle.certification.web;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.socle.certification.domain.CertificateDocuments;
import org.socle.certification.domain.Certificates;
import org.socle.certification.domain.EvidenceFile;
import org.socle.certification.domain.EvidenceRejected;
import org.socle.certification.domain.EvidenceSubmissions;
import org.socle.certification.domain.Programme;
import org.socle.certification.domain.ProgrammeVersions;
import org.socle.identity.SoclePrincipal;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The learner's certifications: the programmes, where they stand in each (criterion by criterion),
 * their certificates, and the evidence they submit and see reviewed.
 */
@Controller
class CertificationController {

	private final ProgrammeVersions programmes;

	private final Certificates certificates;

	private final EvidenceSubmissions evidence;

	private final org.socle.identity.IdentityApi identity;

	private final org.socle.catalog.CatalogApi catalog;

	CertificationController(ProgrammeVersions programmes, Certificates certificates, EvidenceSubmissions evidence,
			org.socle.identity.IdentityApi identity, org.socle.catalog.CatalogApi catalog) {
		this.catalog = catalog;
		this.programmes = programmes;
		this.certificates = certificates;
		this.evidence = evidence;
		this.identity = identity;
	}

	@GetMapping("/certifications")
	String list(@AuthenticationPrincipal SoclePrincipal me, Model model) {
		List<Programme> current = programmes.current();
		model.addAttribute("programmes", current);
		model.addAttribute("progress", current.stream()
			.collect(Collectors.toMap(Programme::slug, programme -> certificates.progress(me.personId(), programme))));
		model.addAttribute("certificates", certificates.certificatesOf(me.personId()));
		return "certification/programmes";
	}

	@GetMapping("/certifications/{slug}")
	String programme(@AuthenticationPrincipal SoclePrincipal me, @PathVariable String slug, Model model) {
		Programme programme = programmes.currentOf(slug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("programme", programme);
		model.addAttribute("progress", certificates.progress(me.personId(), programme));
		model.addAttribute("modules", catalog.currentModules()
			.stream()
			.filter(module -> programme.modules().contains(module.slug()))
			.collect(Collectors.toMap(org.socle.catalog.ModuleOutline::slug, module -> module)));
		List<EvidenceSubmissions.Submission> history = evidence.of(me.personId(), slug);
		model.addAttribute("history", history.stream().collect(Collectors.groupingBy(EvidenceSubmissions.Submission::item)));
		model.addAttribute("reviewers", identity.people(history.stream()
			.map(EvidenceSubmissions.Submission::reviewedBy)
			.filter(java.util.Objects::nonNull)
			.collect(Collectors.toSet())));
		model.addAttribute("certificates", certificates.certificatesOf(me.personId())
			.stream()
			.filter(c -> c.programme().equals(slug))
			.toList());
		model.addAttribute("maxFileMegabytes", EvidenceFile.MAX_BYTES / (1024 * 1024));
		if (!model.containsAttribute("drafts")) {
			model.addAttribute("drafts", Map.of());
		}
		return "certification/programme";
	}

	@PostMapping("/certifications/{slug}/evidence/{item}")
	String submit(@AuthenticationPrincipal SoclePrincipal me, @PathVariable String slug, @PathVariable String item,
			@RequestParam(name = "body", defaultValue = "") String body,
			@RequestParam(name = "file", required = false) MultipartFile file, RedirectAttributes redirect) {
		try {
			byte[] content = null;
			if (file != null && !file.isEmpty()) {
				if (file.getSize() > EvidenceFile.MAX_BYTES) {
					throw new EvidenceRejected("file-too-large");
				}
				content = file.getBytes();
			}
			evidence.submit(me.personId(), slug, item, body, file == null ? null : file.getOriginalFilename(), content);
			redirect.addFlashAttribute("notice", "certification.evidence.submitted");
			return "redirect:/certifications/" + slug + "#evidence-" + item;
		}
		catch (EvidenceRejected rejected) {
			// Back to the form with what was typed: nothing is lost but the file, which browsers cannot refill.
			redirect.addFlashAttribute("drafts", Map.of(item, body));
			redirect.addFlashAttribute("evidenceError", Map.of(item, "certification.evidence.error." + rejected.code()));
			return "redirect:/certifications/" + slug + "#evidence-" + item;
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	/** A submission's file: for the learner who submitted it and for those who may review it. */
	@GetMapping("/certifications/evidence/{id}/file")
	ResponseEntity<byte[]> file(@AuthenticationPrincipal SoclePrincipal me, @PathVariable long id) {
		EvidenceSubmissions.Submission submission = evidence.byId(id)
			.filter(s -> s.person().equals(me.personId()) || evidence.mayReview(me, s.person()))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		EvidenceFile file = evidence.file(submission.id()).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.type()))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
				.filename(file.name(), java.nio.charset.StandardCharsets.UTF_8)
				.build()
				.toString())
			.header("Content-Security-Policy", "default-src 'none'; sandbox")
			.body(file.content());
	}

}
