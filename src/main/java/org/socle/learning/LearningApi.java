package org.socle.learning;

import java.util.List;
import java.util.Optional;

import org.socle.identity.PersonId;

/** The learning module's public face. */
public interface LearningApi {

	/** Enrols a person in the current version of a module; enrolling twice changes nothing. */
	void enrol(PersonId learner, String moduleSlug);

	/** Records that a lesson was read; recording it again changes nothing. */
	void recordLessonRead(PersonId learner, String moduleSlug, String lessonSlug);

	/**
	 * The same, with the time the lesson was open (capped at two hours), added to the module's time on
	 * task each time the lesson is read.
	 */
	void recordLessonRead(PersonId learner, String moduleSlug, String lessonSlug, int seconds);

	/**
	 * Enrols a person because a module was assigned to them (by a curriculum assignment, say), with a
	 * due date. Assigning again keeps the first assigner and the earliest due date; an assigned module
	 * the learner had left is taken up again.
	 */
	void enrolByAssignment(PersonId learner, String moduleSlug, PersonId assignedBy, java.time.LocalDate dueOn);

	/**
	 * Sets the due date of an assigned module to what the assignments that still include it say (the
	 * earliest of them), or, with {@code null}, makes it no longer assigned: the learner keeps it and
	 * its history and may now leave it.
	 */
	void reviseAssignment(PersonId learner, String moduleSlug, java.time.LocalDate dueOn);

	/** Which of these modules each of these people has completed, in one query per thousand people. */
	java.util.Map<PersonId, java.util.Set<String>> completedModules(java.util.Collection<PersonId> people,
			java.util.Collection<String> moduleSlugs);

	/** Leaves a module not completed yet nor assigned; its history stays, and enrolling again resumes it. */
	void withdraw(PersonId learner, String moduleSlug);

	/** A person's modules, most recently active first, in a constant number of queries. */
	List<ModuleProgress> progressOf(PersonId learner);

	/** A person's progress in one module, if they are enrolled in it. */
	Optional<ModuleProgress> progressIn(PersonId learner, String moduleSlug);

}
