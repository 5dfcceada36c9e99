package org.socle.certification;

import java.util.Locale;

/**
 * Where a certificate stands today, computed from its dates and the clock (never stored): active;
 * expiring within 90 days, in its programme's recertification window or in its grace period; expired
 * once the grace period is over; revoked by an administrator.
 */
public enum CertificateState {

	ACTIVE, EXPIRING, EXPIRED, REVOKED;

	/** The code the JSON APIs and message keys use: {@code active}, {@code expiring}, {@code expired}, {@code revoked}. */
	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** Whether the certificate still attests the role (active or expiring). */
	public boolean valid() {
		return this == ACTIVE || this == EXPIRING;
	}

	/** The status the documents print. */
	public CertificateStatus documentStatus() {
		return switch (this) {
			case ACTIVE, EXPIRING -> CertificateStatus.VALID;
			case EXPIRED -> CertificateStatus.EXPIRED;
			case REVOKED -> CertificateStatus.REVOKED;
		};
	}

}
