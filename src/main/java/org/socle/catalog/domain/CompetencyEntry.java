package org.socle.catalog.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.socle.catalog.Competency;

/** A competency of a framework, as last imported from {@code content/frameworks/}. */
@Entity
@Table(name = "catalog_competency")
class CompetencyEntry {

	@Id
	@Column(length = 20)
	private String code;

	@Column(name = "framework_id", nullable = false, length = 100)
	private String frameworkId;

	@Column(name = "title_fr", nullable = false, length = 300)
	private String titleFr;

	@Column(name = "title_en", length = 300)
	private String titleEn;

	@Column(nullable = false)
	private int hours;

	protected CompetencyEntry() {
	}

	CompetencyEntry(String frameworkId, Competency competency) {
		this.code = competency.code();
		this.frameworkId = frameworkId;
		this.titleFr = competency.titleFr();
		this.titleEn = competency.titleEn();
		this.hours = competency.hours();
	}

	Competency competency() {
		return new Competency(code, titleFr, titleEn, hours);
	}

}
