package org.socle.catalog.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A module as a lasting identity (its slug); its content lives in immutable versions. */
@Entity
@Table(name = "catalog_module")
class CatalogModule {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, unique = true, length = 100)
	private String slug;

	@Column(name = "current_version_id")
	private Long currentVersionId;

	@Column(name = "latest_version_number", nullable = false)
	private int latestVersionNumber;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	protected CatalogModule() {
	}

	CatalogModule(String slug, Instant now) {
		this.slug = slug;
		this.createdAt = now;
	}

	Long id() {
		return id;
	}

	String slug() {
		return slug;
	}

	Long currentVersionId() {
		return currentVersionId;
	}

	/** Numbers the next version; versions are never renumbered or reused. */
	int nextVersionNumber() {
		return ++latestVersionNumber;
	}

	void publish(ModuleVersion version) {
		this.currentVersionId = version.id();
	}

}
