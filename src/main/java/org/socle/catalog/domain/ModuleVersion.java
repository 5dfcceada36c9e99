package org.socle.catalog.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import org.socle.catalog.Axis;
import org.socle.catalog.ModuleOutline;
import org.socle.catalog.ModuleVersionId;

/**
 * One immutable version of a module. Nothing changes it after import: a changed module becomes a
 * new version, so learners and certificates can name exactly what they followed.
 */
@Entity
@Table(name = "catalog_module_version")
class ModuleVersion {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "module_id", nullable = false)
	private Long moduleId;

	@Column(name = "slug", nullable = false, length = 100)
	private String slug;

	@Column(name = "version_number", nullable = false)
	private int versionNumber;

	@Column(name = "content_hash", nullable = false, length = 64)
	private String contentHash;

	@Column(name = "title_fr", nullable = false, length = 300)
	private String titleFr;

	@Column(name = "title_en", length = 300)
	private String titleEn;

	@Column(name = "summary_fr", nullable = false, length = 2000)
	private String summaryFr;

	@Column(name = "summary_en", length = 2000)
	private String summaryEn;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 40)
	private Axis axis;

	@Column(name = "duration_minutes", nullable = false)
	private int durationMinutes;

	@Column(name = "imported_at", nullable = false)
	private Instant importedAt;

	/** Where the version came from: {@code files}, {@code archive} or {@code review}. */
	@Column(name = "origin", nullable = false, length = 20)
	private String origin;

	/** Level, audience, competencies, objectives… as JSON; null for versions imported before format v1. */
	@Column(name = "details_json", length = LessonBody.MAX_LENGTH)
	private String detailsJson;

	/** The assessment as JSON; null when the module has none. */
	@Column(name = "assessment_json", length = LessonBody.MAX_LENGTH)
	private String assessmentJson;

	@OneToMany(cascade = CascadeType.PERSIST)
	@JoinColumn(name = "version_id", nullable = false, updatable = false)
	@OrderBy("position")
	private List<Lesson> lessons = new ArrayList<>();

	protected ModuleVersion() {
	}

	ModuleVersion(CatalogModule module, int versionNumber, String contentHash, ModuleText text, String detailsJson,
			String assessmentJson, String origin, Instant now) {
		this.origin = origin;
		this.detailsJson = detailsJson;
		this.assessmentJson = assessmentJson;
		this.moduleId = module.id();
		this.slug = module.slug();
		this.versionNumber = versionNumber;
		this.contentHash = contentHash;
		this.titleFr = text.titleFr();
		this.titleEn = text.titleEn();
		this.summaryFr = text.summaryFr();
		this.summaryEn = text.summaryEn();
		this.axis = text.axis();
		this.durationMinutes = text.durationMinutes();
		this.importedAt = now;
	}

	void addLesson(Lesson lesson) {
		lessons.add(lesson);
	}

	Long id() {
		return id;
	}

	Lesson lessonAt(int index) {
		return lessons.get(index);
	}

	String assessmentJson() {
		return assessmentJson;
	}

	int versionNumber() {
		return versionNumber;
	}

	Instant importedAt() {
		return importedAt;
	}

	List<Lesson> lessons() {
		return List.copyOf(lessons);
	}

	/** Whether titles, summary, axis, duration or details differ from another version's. */
	boolean describesDifferentlyFrom(ModuleVersion other) {
		return !java.util.Objects.equals(titleFr, other.titleFr) || !java.util.Objects.equals(titleEn, other.titleEn)
				|| !java.util.Objects.equals(summaryFr, other.summaryFr)
				|| !java.util.Objects.equals(summaryEn, other.summaryEn) || axis != other.axis
				|| durationMinutes != other.durationMinutes || !java.util.Objects.equals(detailsJson, other.detailsJson)
				|| !java.util.Objects.equals(assessmentJson, other.assessmentJson);
	}

	String detailsJson() {
		return detailsJson;
	}

	String contentHash() {
		return contentHash;
	}

	ModuleOutline outline() {
		return new ModuleOutline(new ModuleVersionId(id), slug, versionNumber, titleFr, titleEn, summaryFr, summaryEn,
				axis, durationMinutes, lessons.stream().map(Lesson::ref).toList());
	}

	/** The descriptive fields of a version, as read from its content files. */
	record ModuleText(String titleFr, String titleEn, String summaryFr, String summaryEn, Axis axis,
			int durationMinutes) {
	}

}
