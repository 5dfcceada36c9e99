package org.socle.certification;

/**
 * Where a certificate stands, as both documents show it. Issuance owns the transitions; the
 * documents only read the state.
 */
public enum CertificateStatus {

	/** Issued and not yet past its expiry date. */
	VALID,

	/** Past its expiry date without recertification. */
	EXPIRED,

	/** Withdrawn by the issuer: the PDF says so, and no Open Badges credential is signed for it. */
	REVOKED;

	/** The code used in message keys ({@code certificate.status.<code>}). */
	public String code() {
		return name().toLowerCase(java.util.Locale.ROOT);
	}

}
