package org.socle.certification.web;

import org.socle.certification.domain.CertificateNumbers;
import org.socle.certification.domain.Certificates;
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

/** Administrators find certificates and revoke one, with its reason. */
@Controller
class CertificateAdminController {

	static final int MAX_REASON = 1000;

	private final Certificates certificates;

	CertificateAdminController(Certificates certificates) {
		this.certificates = certificates;
	}

	@GetMapping("/admin/certificates")
	String list(@RequestParam(name = "number", required = false) String number, Model model) {
		String wanted = number == null ? "" : number.strip().toUpperCase(java.util.Locale.ROOT);
		model.addAttribute("number", wanted);
		if (!wanted.isEmpty()) {
			model.addAttribute("certificates", certificates.byNumber(wanted).stream().toList());
			model.addAttribute("searched", true);
		}
		else {
			model.addAttribute("certificates", certificates.recent(100));
		}
		return "certification/admin";
	}

	@GetMapping("/admin/certificates/{number}")
	String certificate(@PathVariable String number, Model model) {
		model.addAttribute("certificate",
				certificates.byNumber(number).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
		return "certification/admin-certificate";
	}

	@PostMapping("/admin/certificates/{number}/revocation")
	String revoke(@AuthenticationPrincipal SoclePrincipal me, @PathVariable String number,
			@RequestParam(name = "reason", defaultValue = "") String reason, RedirectAttributes redirect) {
		if (!CertificateNumbers.wellFormed(number) || certificates.certificate(number).isEmpty()) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		String text = reason.strip();
		if (text.isEmpty() || text.length() > MAX_REASON) {
			redirect.addFlashAttribute("problem",
					text.isEmpty() ? "certification.revoke.error.reason" : "certification.revoke.error.too-long");
			redirect.addFlashAttribute("reason", reason);
			return "redirect:/admin/certificates/" + number;
		}
		boolean revoked = certificates.revoke(number, text, me.personId());
		redirect.addFlashAttribute("notice", revoked ? "certification.revoke.done" : "certification.revoke.already");
		return "redirect:/admin/certificates/" + number;
	}

}
