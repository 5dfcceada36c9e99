package org.socle.organisation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A region, steered by its regional health agency (ARS). */
@Entity
@Table(name = "region")
class Region {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, unique = true, length = 40)
	private String code;

	@Column(nullable = false, length = 200)
	private String name;

	protected Region() {
	}

	Region(String code, String name) {
		this.code = code;
		this.name = name;
	}

	Long id() {
		return id;
	}

}
