package org.socle.privacy;

import java.util.List;

import org.socle.identity.PersonId;

/** The privacy module's public face. */
public interface PrivacyApi {

	/**
	 * Records that {@code viewer} read records of {@code subject} through {@code page}. Reading
	 * one's own records records nothing. Entries are only ever added, never changed.
	 */
	void recordAccess(PersonId viewer, PersonId subject, RecordKind kind, String page);

	/** Who read the subject's records, most recent first (at most {@code limit} entries). */
	List<AccessLogEntry> accessesTo(PersonId subject, int limit);

}
