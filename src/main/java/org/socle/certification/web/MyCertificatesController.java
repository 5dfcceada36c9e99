package org.socle.certification.web;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.socle.certification.CertificateSummary;
import org.socle.certification.credential.OpenBadgeCredentials;
import org.socle.certification.domain.CertificateDocuments;
import org.socle.certification.domain.Certificates;
import org.socle.identity.SoclePrincipal;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.server.ResponseStatusException;

/**
 * The holder's own certificates: as JSON, and each as a PDF and an Open Badges credential. Anyone
 * else gets 404 for a certificate's documents, whether it exists or not.
 */
@Controller
class MyCertificatesController {

	private final Certificates certificates;

	private final CertificateDocuments documents;

	private final org.socle.certification.credential.IssuerProfile issuer;

	private final java.time.ZoneId zone;

	MyCertificatesController(Certificates certificates, CertificateDocuments documents,
			org.socle.certification.credential.IssuerProfile issuer,
			@org.springframework.beans.factory.annotation.Value("${socle.time-zone:Europe/Paris}") String zone) {
		this.zone = java.time.ZoneId.of(zone);
		this.certificates = certificates;
		this.documents = documents;
		this.issuer = issuer;
	}

	/**
	 * One certificate of the caller.
	 *
	 * @param expiresAt the instant validity ends: the start of the day after {@code expiresOn}, in Socle's time zone
	 */
	record CertificateJson(String number, String programme, String role, String title, String status, Instant issuedAt,
			Instant expiresAt, LocalDate issuedOn, LocalDate expiresOn, String renews, Instant revokedAt,
			String verificationUrl) {

		static CertificateJson of(CertificateSummary certificate, String verificationUrl, java.time.ZoneId zone) {
			return new CertificateJson(certificate.number(), certificate.programme(), certificate.role(),
					certificate.titleFr(), certificate.state().code(), certificate.issuedAt(),
					certificate.expiresOn().plusDays(1).atStartOfDay(zone).toInstant(), certificate.issuedOn(),
					certificate.expiresOn(), certificate.previousNumber(), certificate.revokedAt(), verificationUrl);
		}

	}

	@GetMapping(path = "/api/v1/me/certificates", produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	List<CertificateJson> mine(@AuthenticationPrincipal SoclePrincipal me) {
		return certificates.certificatesOf(me.personId())
			.stream()
			.map(c -> CertificateJson.of(c, issuer.verificationUrl(c.number()).toString(), zone))
			.toList();
	}

	@GetMapping("/certificates/{number}.pdf")
	ResponseEntity<byte[]> pdf(@AuthenticationPrincipal SoclePrincipal me, @PathVariable String number) {
		Certificates.Certificate certificate = own(me, number);
		return download(documents.pdf(certificate), MediaType.APPLICATION_PDF, number + ".pdf");
	}

	@GetMapping("/certificates/{number}.jwt")
	ResponseEntity<byte[]> credential(@AuthenticationPrincipal SoclePrincipal me, @PathVariable String number) {
		Certificates.Certificate certificate = own(me, number);
		String jwt = documents.credential(certificate).orElseThrow(() -> new ResponseStatusException(HttpStatus.GONE));
		return download(jwt.getBytes(StandardCharsets.US_ASCII), MediaType.valueOf(OpenBadgeCredentials.MEDIA_TYPE),
				number + OpenBadgeCredentials.FILE_EXTENSION);
	}

	private Certificates.Certificate own(SoclePrincipal me, String number) {
		return certificates.certificate(number)
			.filter(certificate -> certificate.holder().equals(me.personId()))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private static ResponseEntity<byte[]> download(byte[] body, MediaType type, String fileName) {
		return ResponseEntity.ok()
			.contentType(type)
			.cacheControl(CacheControl.noStore())
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString())
			.body(body);
	}

}
