package org.socle.organisation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A hospital, clinic, EHPAD or medico-social service within a region. */
@Entity
@Table(name = "establishment")
class Establishment {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "region_id", nullable = false)
	private Long regionId;

	@Column(nullable = false, unique = true, length = 40)
	private String code;

	@Column(nullable = false, length = 200)
	private String name;

	protected Establishment() {
	}

	Establishment(Long regionId, String code, String name) {
		this.regionId = regionId;
		this.code = code;
		this.name = name;
	}

	Long id() {
		return id;
	}

}
