package org.socle.certification;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.socle.identity.PersonId;

/** The certification module's public face. */
public interface CertificationApi {

	/** A person's certificates, the most recent first, in a constant number of queries. */
	List<CertificateSummary> certificatesOf(PersonId holder);

	/** A certificate by its number. */
	Optional<CertificateSummary> byNumber(String number);

	/**
	 * Certification coverage of these establishments, per programme: active holders among their current
	 * staff and who expires within 90 days. A fixed number of queries per establishment; the caller checks
	 * that the viewer may see these establishments.
	 */
	List<CertificationCoverage> coverage(Collection<Long> establishmentIds);

	/**
	 * Records a certificate earned outside Socle's criteria (before the platform, or by decision of the
	 * programme's board), as of {@code issuedOn}. It counts as the person's next certificate of that programme.
	 *
	 * @return its number
	 */
	String award(PersonId holder, String programme, LocalDate issuedOn, PersonId awardedBy);

	/**
	 * Revokes a certificate with the reason, keeping who and when; revoking again changes nothing.
	 *
	 * @return false when no certificate has that number or it was already revoked
	 */
	boolean revoke(String number, String reason, PersonId revokedBy);

}
