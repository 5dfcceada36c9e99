package org.socle.privacy.domain;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.socle.identity.IdentityApi;
import org.socle.identity.PersonId;
import org.socle.identity.PersonSummary;
import org.socle.privacy.AccessLogEntry;
import org.socle.privacy.PrivacyApi;
import org.socle.privacy.RecordKind;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
public class PrivacyService implements PrivacyApi {

	private final AccessLog accessLog;

	private final IdentityApi identity;

	private final Clock clock;

	PrivacyService(AccessLog accessLog, IdentityApi identity, Clock clock) {
		this.accessLog = accessLog;
		this.identity = identity;
		this.clock = clock;
	}

	/** Its own transaction: the trace is kept even if the page that read the records fails afterwards. */
	@Override
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void recordAccess(PersonId viewer, PersonId subject, RecordKind kind, String page) {
		if (viewer.equals(subject)) {
			return;
		}
		accessLog.save(new AccessRecord(viewer.value(), subject.value(), kind, page, clock.instant()));
	}

	@Override
	public List<AccessLogEntry> accessesTo(PersonId subject, int limit) {
		List<AccessRecord> records = accessLog.findBySubjectIdOrderByOccurredAtDescIdDesc(subject.value(),
				Limit.of(limit));
		Map<PersonId, PersonSummary> viewers = identity
			.people(records.stream().map(record -> PersonId.of(record.viewerId())).toList());
		return records.stream().map(record -> {
			PersonId viewer = PersonId.of(record.viewerId());
			PersonSummary summary = viewers.get(viewer);
			return new AccessLogEntry(record.occurredAt(), viewer, summary == null ? null : summary.displayName(),
					record.kind(), record.page());
		}).toList();
	}

}
