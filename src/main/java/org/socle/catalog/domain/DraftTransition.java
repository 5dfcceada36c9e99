package org.socle.catalog.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.socle.catalog.DraftState;

/** One step of a draft's review: who moved it from which state to which, when, and what they said. */
@Entity
@Table(name = "catalog_draft_transition")
class DraftTransition {

	static final int MAX_COMMENT = 4000;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Enumerated(EnumType.STRING)
	@Column(name = "from_state", length = 30)
	private DraftState from;

	@Enumerated(EnumType.STRING)
	@Column(name = "to_state", nullable = false, length = 30)
	private DraftState to;

	@Column(name = "actor_id", nullable = false)
	private long actorId;

	@Column(name = "occurred_at", nullable = false)
	private Instant occurredAt;

	@Column(name = "comment", length = MAX_COMMENT)
	private String comment;

	protected DraftTransition() {
	}

	DraftTransition(DraftState from, DraftState to, long actorId, Instant occurredAt, String comment) {
		this.from = from;
		this.to = to;
		this.actorId = actorId;
		this.occurredAt = occurredAt;
		this.comment = comment;
	}

	DraftState from() {
		return from;
	}

	DraftState to() {
		return to;
	}

	long actorId() {
		return actorId;
	}

	Instant occurredAt() {
		return occurredAt;
	}

	String comment() {
		return comment;
	}

}
