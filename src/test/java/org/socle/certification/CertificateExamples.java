package org.socle.certification;

import java.net.URI;
import java.time.LocalDate;

import org.socle.certification.CertificateFacts.Dpc;
import org.socle.identity.PersonId;
import org.springframework.context.MessageSource;
import org.springframework.context.support.ResourceBundleMessageSource;

/** Certificates as issuance will describe them, and Socle's own message bundles. */
public final class CertificateExamples {

	public static final URI VERIFICATION_URL = URI.create("https://socle.example.fr/verify/SOC-2026-000123");

	private CertificateExamples() {
	}

	public static CertificateFacts referent(String holderName) {
		return referent(holderName, CertificateStatus.VALID);
	}

	public static CertificateFacts referent(String holderName, CertificateStatus status) {
		return new CertificateFacts("SOC-2026-000123", PersonId.of(42), holderName, "referent-numerique",
				"Référent numérique", "Digital referent", LocalDate.of(2026, 3, 2), LocalDate.of(2029, 3, 1), status,
				VERIFICATION_URL,
				new Dpc("CH de Kerlann — Centre de formation", "formation-continue", "Numérique en santé",
						"Formation à distance (e-learning) avec production validée", 7, LocalDate.of(2026, 1, 5),
						LocalDate.of(2026, 2, 27)));
	}

	public static MessageSource messages() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

}
