package org.socle.certification.web;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.socle.certification.CertificateSummary;
import org.socle.certification.credential.IssuerProfile;
import org.socle.certification.domain.Certificates;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * The public page that confirms a certificate, reached from the QR code of its PDF and the id of its
 * credential: no sign-in, the least data that confirms it (holder, role, dates, status, issuer), 404
 * for a number that does not exist, and a rate limit per client address against trying numbers.
 */
@Controller
class VerificationController {

	static final String PATH = "/verify/";

	private final Certificates certificates;

	private final IssuerProfile issuer;

	private final VerificationRateLimit limit;

	VerificationController(Certificates certificates, IssuerProfile issuer, VerificationRateLimit limit) {
		this.certificates = certificates;
		this.issuer = issuer;
		this.limit = limit;
	}

	/** What a verifier is told about a certificate. */
	/**
	 * @param gracePeriod present when the expiry date has passed but the holder may still renew (until
	 *                    {@code renewableUntil}): the certificate then still counts as held, status {@code expiring}
	 */
	record VerificationJson(String number, String holder, String role, String roleEn, String programme,
			LocalDate issuedOn, LocalDate expiresOn, String status, boolean valid, GracePeriod gracePeriod, String issuer,
			String issuerId) {

		record GracePeriod(LocalDate renewableUntil) {
		}

		static VerificationJson of(CertificateSummary certificate, IssuerProfile issuer) {
			return new VerificationJson(certificate.number(), certificate.holderName(), certificate.titleFr(),
					certificate.titleEn(), certificate.programme(), certificate.issuedOn(), certificate.expiresOn(),
					certificate.state().code(), certificate.state().valid(),
					certificate.inGrace() ? new GracePeriod(certificate.graceEndsOn()) : null, issuer.name(), issuer.id());
		}

	}

	@GetMapping(path = PATH + "{number}", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<Object> json(@PathVariable String number, HttpServletRequest request) {
		long wait = limit.take(request.getRemoteAddr());
		if (wait > 0) {
			return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
				.header("Retry-After", String.valueOf(wait))
				.body(Map.of("error", "too-many-requests"));
		}
		return certificates.byNumber(number)
			.<ResponseEntity<Object>>map(certificate -> ResponseEntity.ok()
				.cacheControl(CacheControl.noStore())
				.header("Access-Control-Allow-Origin", "*")
				.body(VerificationJson.of(certificate, issuer)))
			.orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("error", "not-found")));
	}

	@GetMapping(path = PATH + "{number}")
	String page(@PathVariable String number, HttpServletRequest request, jakarta.servlet.http.HttpServletResponse response,
			Model model) {
		long wait = limit.take(request.getRemoteAddr());
		if (wait > 0) {
			response.setHeader("Retry-After", String.valueOf(wait));
			response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
			model.addAttribute("retryAfter", wait);
			return "certification/verify-limited";
		}
		CertificateSummary certificate = certificates.byNumber(number)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		response.setHeader("Cache-Control", "no-store");
		Map<String, Object> attributes = new LinkedHashMap<>();
		attributes.put("certificate", certificate);
		attributes.put("issuerName", issuer.name());
		model.addAllAttributes(attributes);
		return "certification/verify";
	}

}
