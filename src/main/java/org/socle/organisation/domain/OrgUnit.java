package org.socle.organisation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A care unit or service of an establishment. */
@Entity
@Table(name = "org_unit")
class OrgUnit {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "establishment_id", nullable = false)
	private Long establishmentId;

	@Column(nullable = false, length = 200)
	private String name;

	protected OrgUnit() {
	}

	OrgUnit(Long establishmentId, String name) {
		this.establishmentId = establishmentId;
		this.name = name;
	}

	Long id() {
		return id;
	}

}
