package org.socle.learning;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;

import org.socle.catalog.LessonId;
import org.socle.catalog.LessonRef;
import org.socle.catalog.ModuleOutline;
import org.socle.identity.PersonId;

/**
 * A learner's progress in one module, on the version they enrolled in.
 *
 * @param lessonsRead        the lessons of that version already read
 * @param assessmentRequired whether completing requires passing the assessment (the rule of that version)
 * @param bestScore          the best score of a submitted attempt, percent; null before any
 * @param withdrawnAt        when the learner left the module, or null
 * @param secondsSpent       time on task: seconds spent on its lessons
 * @param assignedBy         who assigned it first, or null when the learner chose it
 * @param dueOn              the earliest due date of the assignments that include it, or null
 */
public record ModuleProgress(ModuleOutline module, Set<LessonId> lessonsRead, Instant enrolledAt,
		Instant lastActivityAt, Instant completedAt, boolean assessmentRequired, Instant assessmentPassedAt,
		Integer bestScore, Instant withdrawnAt, int secondsSpent, PersonId assignedBy, java.time.LocalDate dueOn) {

	/** The module was assigned (rather than chosen by the learner). */
	public boolean assigned() {
		return assignedBy != null;
	}

	/** Assigned, not completed, and its due date is past. */
	public boolean overdue(java.time.LocalDate today) {
		return dueOn != null && completedAt == null && dueOn.isBefore(today);
	}

	/** The learner left this module before completing it; its history is kept. */
	public boolean withdrawn() {
		return withdrawnAt != null;
	}

	/** Time spent on lessons, in whole minutes. */
	public int minutesSpent() {
		return secondsSpent / 60;
	}

	public int lessonsTotal() {
		return module.lessons().size();
	}

	public int lessonsReadCount() {
		return lessonsRead.size();
	}

	/** Lessons read and, when required, the assessment passed, each counting as one step. */
	public int percent() {
		int steps = lessonsTotal() + (assessmentRequired ? 1 : 0);
		int done = lessonsReadCount() + (assessmentRequired && assessmentPassedAt != null ? 1 : 0);
		return steps == 0 ? 0 : (int) Math.floor(100.0 * done / steps);
	}

	/** Every lesson is read but the assessment still has to be passed. */
	public boolean assessmentDue() {
		return assessmentRequired && assessmentPassedAt == null && resumeAt().isEmpty();
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
