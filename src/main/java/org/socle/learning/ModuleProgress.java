package org.socle.learning;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;

import org.socle.catalog.LessonId;
import org.socle.catalog.LessonRef;
import org.socle.catalog.ModuleOutline;

/**
 * A learner's progress in one module, on the version they enrolled in.
 *
 * @param lessonsRead the lessons of that version already read
 */
public record ModuleProgress(ModuleOutline module, Set<LessonId> lessonsRead, Instant enrolledAt,
		Instant lastActivityAt, Instant completedAt) {

	public int lessonsTotal() {
		return module.lessons().size();
	}

	public int lessonsReadCount() {
		return lessonsRead.size();
	}

	public int percent() {
		return lessonsTotal() == 0 ? 0 : (int) Math.floor(100.0 * lessonsReadCount() / lessonsTotal());
	}

	public boolean isRead(LessonRef lesson) {
		return lessonsRead.contains(lesson.id());
	}

	/** The first lesson not yet read; empty once all are read. */
	public Optional<LessonRef> resumeAt() {
		return module.lessons().stream().filter(lesson -> !isRead(lesson)).findFirst();
	}

	public boolean completed() {
		return completedAt != null;
	}

}
