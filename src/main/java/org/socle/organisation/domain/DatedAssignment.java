package org.socle.organisation.domain;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

/**
 * Something a person holds from a date and possibly until one — a membership, a scoped role —
 * maintained in Socle or by the identity provider. It is ended, never deleted, so history stays.
 */
@MappedSuperclass
abstract class DatedAssignment {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "person_id", nullable = false)
	private Long personId;

	@Column(name = "starts_on", nullable = false)
	private LocalDate startsOn;

	@Column(name = "ends_on")
	private LocalDate endsOn;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 10)
	private Source source = Source.LOCAL;

	protected DatedAssignment() {
	}

	protected DatedAssignment(Long personId, LocalDate startsOn) {
		this.personId = personId;
		this.startsOn = startsOn;
	}

	Long personId() {
		return personId;
	}

	/** Ends it on that day (never before it started); it stays in the history. */
	void endOn(LocalDate day) {
		if (endsOn == null || endsOn.isAfter(day)) {
			this.endsOn = day.isBefore(startsOn) ? startsOn : day;
		}
	}

	void markMaintainedByIdentityProvider() {
		this.source = Source.SSO;
	}

}
