package org.socle.learning.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.socle.catalog.ModuleVersionId;

/**
 * A person's enrolment in a module, pinned to the version current when they enrolled. Its
 * counters are maintained by the same statements that record reading, so progress is read from
 * one row, never recounted.
 */
@Entity
@Table(name = "enrolment")
class Enrolment {

	@Id
	private Long id;

	@Column(name = "person_id", nullable = false)
	private Long personId;

	@Column(name = "module_slug", nullable = false, length = 100)
	private String moduleSlug;

	@Column(name = "module_version_id", nullable = false)
	private Long moduleVersionId;

	@Column(name = "lessons_total", nullable = false)
	private int lessonsTotal;

	@Column(name = "lessons_read", nullable = false)
	private int lessonsRead;

	@Column(name = "enrolled_at", nullable = false)
	private Instant enrolledAt;

	@Column(name = "last_activity_at", nullable = false)
	private Instant lastActivityAt;

	@Column(name = "completed_at")
	private Instant completedAt;

	@Column(name = "assessment_required", nullable = false)
	private boolean assessmentRequired;

	@Column(name = "assessment_passed_at")
	private Instant assessmentPassedAt;

	@Column(name = "best_score")
	private Integer bestScore;

	@Column(name = "withdrawn_at")
	private Instant withdrawnAt;

	@Column(name = "seconds_spent", nullable = false)
	private int secondsSpent;

	@Column(name = "assigned_by")
	private Long assignedBy;

	@Column(name = "due_on")
	private java.time.LocalDate dueOn;

	protected Enrolment() {
	}

	Long id() {
		return id;
	}

	Long personId() {
		return personId;
	}

	String moduleSlug() {
		return moduleSlug;
	}

	ModuleVersionId moduleVersionId() {
		return new ModuleVersionId(moduleVersionId);
	}

	int lessonsTotal() {
		return lessonsTotal;
	}

	int lessonsRead() {
		return lessonsRead;
	}

	Instant enrolledAt() {
		return enrolledAt;
	}

	Instant lastActivityAt() {
		return lastActivityAt;
	}

	Instant completedAt() {
		return completedAt;
	}

	boolean assessmentRequired() {
		return assessmentRequired;
	}

	Instant assessmentPassedAt() {
		return assessmentPassedAt;
	}

	Integer bestScore() {
		return bestScore;
	}

	Instant withdrawnAt() {
		return withdrawnAt;
	}

	int secondsSpent() {
		return secondsSpent;
	}

	Long assignedBy() {
		return assignedBy;
	}

	java.time.LocalDate dueOn() {
		return dueOn;
	}

}
