package org.socle.certification;

import java.time.Instant;
import java.time.LocalDate;

import org.socle.identity.PersonId;

/**
 * A certificate as lists and APIs show it.
 *
 * @param expiresOn      the last day of validity
 * @param graceEndsOn    the last day it may still be renewed by the shorter path; between the two it still
 *                       counts as held (state {@code expiring}) and {@code inGrace} is true
 * @param previousNumber the certificate this one renews, or null
 * @param revokedAt      when it was revoked, or null
 */
public record CertificateSummary(String number, PersonId holder, String holderName, String programme, String role,
		String titleFr, String titleEn, CertificateState state, Instant issuedAt, LocalDate issuedOn,
		LocalDate expiresOn, LocalDate graceEndsOn, boolean inGrace, String previousNumber, Instant revokedAt,
		String revocationReason) {

	public String title(java.util.Locale locale) {
		return org.socle.shared.i18n.SupportedLanguages.pick(locale, titleFr, titleEn);
	}

}
