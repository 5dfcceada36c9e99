package org.socle.privacy.domain;

import java.util.List;

import org.springframework.data.domain.Limit;
import org.springframework.data.repository.Repository;

/** Append-only by construction: it can add and read, nothing else. */
interface AccessLog extends Repository<AccessRecord, Long> {

	AccessRecord save(AccessRecord entry);

	List<AccessRecord> findBySubjectIdOrderByOccurredAtDescIdDesc(Long subjectId, Limit limit);

}
