package org.socle.certification.domain;

import java.time.Instant;

import org.socle.identity.PersonId;

/** A trainer validated a piece of a learner's evidence: the learner's certificate may now be due. */
public record EvidenceValidated(PersonId learner, String programme, long submissionId, Instant at) {
}
