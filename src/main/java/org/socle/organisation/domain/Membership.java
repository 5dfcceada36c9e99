package org.socle.organisation.domain;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A person working in a unit with a profession, from a date and possibly until one. */
@Entity
@Table(name = "membership")
class Membership extends DatedAssignment {

	@Column(name = "unit_id", nullable = false)
	private Long unitId;

	@Column(name = "profession_code", nullable = false, length = 40)
	private String professionCode;

	protected Membership() {
	}

	Long unitId() {
		return unitId;
	}

	boolean isIn(Long unit, String profession) {
		return unitId.equals(unit) && professionCode.equals(profession);
	}

	Membership maintainedByIdentityProvider() {
		markMaintainedByIdentityProvider();
		return this;
	}

	Membership(Long personId, Long unitId, String professionCode, LocalDate startsOn) {
		super(personId, startsOn);
		this.unitId = unitId;
		this.professionCode = professionCode;
	}

}
