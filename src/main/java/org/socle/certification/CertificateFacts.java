package org.socle.certification;

import java.net.URI;
import java.time.LocalDate;
import java.util.Objects;

import org.socle.identity.PersonId;

/**
 * What the certificate documents say about one certificate: the PDF
 * ({@code document.CertificatePdf}) and the Open Badges 3.0 credential
 * ({@code credential.OpenBadgeCredentials}) are both drawn from it, so they never disagree. The
 * issuer (name, profile, key) is the platform's, not part of the facts: see
 * {@code credential.IssuerProfile}.
 *
 * @param number          the certificate number, unique and printed on the certificate
 * @param holder          the person certified
 * @param holderName      the holder's name as it should be printed
 * @param programmeId     the certification programme ({@code content/certifications/<id>.yml})
 * @param roleTitleFr     the certified role, in French
 * @param roleTitleEn     the certified role, in English (French is used when blank)
 * @param issuedOn        the day the certificate was issued
 * @param expiresOn       the last day it is valid
 * @param status          where the certificate stands
 * @param verificationUrl the public page that confirms the certificate; also the credential's id
 *                        and what the QR code of the PDF encodes
 * @param dpc             what continuing professional development records ask for, or
 *                        {@code null} for a programme that is not a DPC action
 */
public record CertificateFacts(String number, PersonId holder, String holderName, String programmeId,
		String roleTitleFr, String roleTitleEn, LocalDate issuedOn, LocalDate expiresOn, CertificateStatus status,
		URI verificationUrl, Dpc dpc) {

	public CertificateFacts {
		Objects.requireNonNull(number, "number");
		Objects.requireNonNull(holder, "holder");
		Objects.requireNonNull(holderName, "holderName");
		Objects.requireNonNull(programmeId, "programmeId");
		Objects.requireNonNull(roleTitleFr, "roleTitleFr");
		Objects.requireNonNull(issuedOn, "issuedOn");
		Objects.requireNonNull(expiresOn, "expiresOn");
		Objects.requireNonNull(status, "status");
		Objects.requireNonNull(verificationUrl, "verificationUrl");
		if (!verificationUrl.isAbsolute()) {
			throw new IllegalArgumentException("The verification URL must be absolute: " + verificationUrl);
		}
		if (expiresOn.isBefore(issuedOn)) {
			throw new IllegalArgumentException("A certificate cannot expire before it is issued: " + number);
		}
		roleTitleEn = roleTitleEn == null || roleTitleEn.isBlank() ? roleTitleFr : roleTitleEn;
	}

	/**
	 * The fields of a DPC (développement professionnel continu) attestation. The programme gives
	 * the action type, orientation, method and duration ({@code dpc:} in its file); issuance adds
	 * the organisation and the dates the holder followed the action.
	 *
	 * @param organisation  the organisation running the action (organisme de DPC)
	 * @param actionType    {@code formation-continue}, {@code evaluation-pratiques} or
	 *                      {@code gestion-des-risques}
	 * @param orientation   the national orientation the action belongs to, in French
	 * @param method        how the action is delivered, in French
	 * @param durationHours its duration in hours
	 * @param startedOn     the first day the holder followed it
	 * @param endedOn       the last day
	 */
	public record Dpc(String organisation, String actionType, String orientation, String method, int durationHours,
			LocalDate startedOn, LocalDate endedOn) {

		public Dpc {
			Objects.requireNonNull(organisation, "organisation");
			Objects.requireNonNull(actionType, "actionType");
			Objects.requireNonNull(startedOn, "startedOn");
			Objects.requireNonNull(endedOn, "endedOn");
			if (endedOn.isBefore(startedOn)) {
				throw new IllegalArgumentException("A DPC action cannot end before it starts");
			}
			if (durationHours <= 0) {
				throw new IllegalArgumentException("A DPC action lasts at least an hour");
			}
		}

	}

}
