package org.socle.learning;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.socle.catalog.ModuleVersionId;
import org.socle.identity.PersonId;

/**
 * What happens while learning, published for the record store and anyone else who listens. Each
 * event is published once, by the statement that changed the state (never by a page view).
 */
public final class LearningEvents {

	private LearningEvents() {
	}

	/**
	 * The registration of a learner's enrolment in a module, as xAPI means it: the same for every
	 * event of that enrolment, stable across restarts and nodes.
	 */
	public static UUID registration(PersonId learner, String moduleSlug) {
		return UUID.nameUUIDFromBytes(("socle:registration:" + learner.value() + ":" + moduleSlug)
			.getBytes(StandardCharsets.UTF_8));
	}

	/** A learner enrolled in a module and opened it for the first time. */
	public record ModuleLaunched(PersonId learner, String moduleSlug, ModuleVersionId version, Instant at) {
	}

	/** A learner read a lesson (the first time they said so), with the time it was open. */
	public record LessonRead(PersonId learner, String moduleSlug, ModuleVersionId version, String lessonSlug,
			int seconds, Instant at) {
	}

	/** An attempt was graded: its score and, per question, whether the answer was right. */
	public record AttemptGraded(PersonId learner, String moduleSlug, ModuleVersionId version, int attempt, int score,
			int passMark, boolean passed, List<QuestionResult> questions, Instant at) {
	}

	/** @param response what was answered, without free text (a justification stays in the attempt) */
	public record QuestionResult(String questionId, boolean correct, String response) {
	}

}
