package org.socle.privacy.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;
import org.socle.privacy.RecordKind;

/**
 * An append-only entry of the access log, kept apart from the records it protects, with the
 * minimum needed to answer "who saw my data, what, when, where" (CNIL logging recommendation).
 */
@Entity
@Immutable
@Table(name = "access_log")
class AccessRecord {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "viewer_id", nullable = false, updatable = false)
	private Long viewerId;

	@Column(name = "subject_id", nullable = false, updatable = false)
	private Long subjectId;

	@Enumerated(EnumType.STRING)
	@Column(name = "record_kind", nullable = false, length = 40, updatable = false)
	private RecordKind kind;

	@Column(nullable = false, length = 300, updatable = false)
	private String page;

	@Column(name = "occurred_at", nullable = false, updatable = false)
	private Instant occurredAt;

	protected AccessRecord() {
	}

	AccessRecord(Long viewerId, Long subjectId, RecordKind kind, String page, Instant occurredAt) {
		this.viewerId = viewerId;
		this.subjectId = subjectId;
		this.kind = kind;
		this.page = page.length() > 300 ? page.substring(0, 300) : page;
		this.occurredAt = occurredAt;
	}

	Long viewerId() {
		return viewerId;
	}

	RecordKind kind() {
		return kind;
	}

	String page() {
		return page;
	}

	Instant occurredAt() {
		return occurredAt;
	}

}
