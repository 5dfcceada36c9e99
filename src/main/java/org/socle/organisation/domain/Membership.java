package org.socle.organisation.domain;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A person working in a unit with a profession, from a date and possibly until one. */
@Entity
@Table(name = "membership")
class Membership {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "person_id", nullable = false)
	private Long personId;

	@Column(name = "unit_id", nullable = false)
	private Long unitId;

	@Column(name = "profession_code", nullable = false, length = 40)
	private String professionCode;

	@Column(name = "starts_on", nullable = false)
	private LocalDate startsOn;

	@Column(name = "ends_on")
	private LocalDate endsOn;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 10)
	private Source source = Source.LOCAL;

	protected Membership() {
	}

	boolean isIn(Long unit, String profession) {
		return unitId.equals(unit) && professionCode.equals(profession);
	}

	/** Ends it on that day; it stays in the history. */
	void endOn(LocalDate day) {
		if (endsOn == null || endsOn.isAfter(day)) {
			this.endsOn = day.isBefore(startsOn) ? startsOn : day;
		}
	}

	Membership maintainedByIdentityProvider() {
		this.source = Source.SSO;
		return this;
	}

	Membership(Long personId, Long unitId, String professionCode, LocalDate startsOn) {
		this.personId = personId;
		this.unitId = unitId;
		this.professionCode = professionCode;
		this.startsOn = startsOn;
	}

}
