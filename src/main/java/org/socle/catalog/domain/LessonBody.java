package org.socle.catalog.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;


/**
 * The Markdown text of a lesson, in French and, where written, in English. Long text columns
 * ({@code LONGTEXT}) on every database, read as plain strings.
 */
@Entity
@Table(name = "catalog_lesson_body")
class LessonBody {

	/** Longer than any lesson file the importer accepts (1 MiB). */
	static final int MAX_LENGTH = 1_000_000;

	@Id
	@Column(name = "lesson_id")
	private Long lessonId;

	@Column(name = "markdown_fr", nullable = false, length = MAX_LENGTH)
	private String markdownFr;

	@Column(name = "markdown_en", length = MAX_LENGTH)
	private String markdownEn;

	protected LessonBody() {
	}

	LessonBody(Long lessonId, String markdownFr, String markdownEn) {
		this.lessonId = lessonId;
		this.markdownFr = markdownFr;
		this.markdownEn = markdownEn;
	}

	Long lessonId() {
		return lessonId;
	}

	String markdownFr() {
		return markdownFr;
	}

	String markdownEn() {
		return markdownEn;
	}

}
