package org.socle.organisation.domain;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.socle.identity.Role;

/**
 * A role held within a scope: a whole region (agency coordinators) or one establishment
 * (managers). Exactly one of the two scope columns is set; the database checks it.
 */
@Entity
@Table(name = "scoped_role")
class ScopedRole extends DatedAssignment {

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 20)
	private Role role;

	@Column(name = "region_id")
	private Long regionId;

	@Column(name = "establishment_id")
	private Long establishmentId;

	protected ScopedRole() {
	}

	Role role() {
		return role;
	}

	Long regionId() {
		return regionId;
	}

	Long establishmentId() {
		return establishmentId;
	}

	boolean isFor(Role wanted, Long region, Long establishment) {
		return role == wanted && java.util.Objects.equals(regionId, region)
				&& java.util.Objects.equals(establishmentId, establishment);
	}

	ScopedRole maintainedByIdentityProvider() {
		markMaintainedByIdentityProvider();
		return this;
	}

	private ScopedRole(Long personId, Role role, Long regionId, Long establishmentId, LocalDate startsOn) {
		super(personId, startsOn);
		this.role = role;
		this.regionId = regionId;
		this.establishmentId = establishmentId;
	}

	static ScopedRole inRegion(Long personId, Role role, Long regionId, LocalDate startsOn) {
		return new ScopedRole(personId, role, regionId, null, startsOn);
	}

	static ScopedRole inEstablishment(Long personId, Role role, Long establishmentId, LocalDate startsOn) {
		return new ScopedRole(personId, role, null, establishmentId, startsOn);
	}

}
