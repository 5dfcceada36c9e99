package org.socle.catalog.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.socle.catalog.LessonId;
import org.socle.catalog.LessonRef;

/** A lesson's place and title in a module version; its text is kept apart and read only when shown. */
@Entity
@Table(name = "catalog_lesson")
class Lesson {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false)
	private int position;

	@Column(nullable = false, length = 100)
	private String slug;

	@Column(name = "title_fr", nullable = false, length = 300)
	private String titleFr;

	@Column(name = "title_en", length = 300)
	private String titleEn;

	protected Lesson() {
	}

	Lesson(int position, String slug, String titleFr, String titleEn) {
		this.position = position;
		this.slug = slug;
		this.titleFr = titleFr;
		this.titleEn = titleEn;
	}

	Long id() {
		return id;
	}

	String slug() {
		return slug;
	}

	boolean sameTitlesAs(Lesson other) {
		return java.util.Objects.equals(titleFr, other.titleFr) && java.util.Objects.equals(titleEn, other.titleEn);
	}

	LessonRef ref() {
		return new LessonRef(new LessonId(id), slug, position, titleFr, titleEn);
	}

}
