package org.socle.certification.domain;

import java.time.LocalDate;

import org.socle.certification.CertificateState;

/**
 * The dates of a certificate and the state they give on a day. A certificate is valid through
 * {@code expiresOn}; renewal opens on {@code windowOpensOn} and stays open through {@code graceEndsOn}.
 */
public record CertificateDates(LocalDate issuedOn, LocalDate expiresOn, LocalDate windowOpensOn,
		LocalDate graceEndsOn) {

	/** How many days before expiry a certificate counts as expiring, whatever its programme's window. */
	public static final int EXPIRING_DAYS = 90;

	/**
	 * The dates of a certificate issued on {@code issuedOn} whose validity starts on {@code startsOn} (the
	 * day after the previous one's expiry when it is renewed early, so no time is lost).
	 */
	public static CertificateDates of(Programme programme, LocalDate issuedOn, LocalDate startsOn) {
		LocalDate expiresOn = startsOn.plusMonths(programme.validityMonths()).minusDays(1);
		return new CertificateDates(issuedOn, expiresOn,
				expiresOn.plusDays(1).minusMonths(programme.windowMonths()), expiresOn.plusMonths(programme.graceMonths()));
	}

	public CertificateState stateOn(LocalDate today, boolean revoked) {
		if (revoked) {
			return CertificateState.REVOKED;
		}
		if (today.isAfter(graceEndsOn)) {
			return CertificateState.EXPIRED;
		}
		if (!today.isBefore(windowOpensOn) || !today.isBefore(expiresOn.minusDays(EXPIRING_DAYS - 1))) {
			return CertificateState.EXPIRING;
		}
		return CertificateState.ACTIVE;
	}

	/** Whether the shorter recertification path is open on that day. */
	public boolean renewalOpenOn(LocalDate today) {
		return !today.isBefore(windowOpensOn) && !today.isAfter(graceEndsOn);
	}

}
