package org.socle.learning;

import java.util.Map;

import org.socle.identity.PersonId;

/**
 * Taking a module's assessment: start (or resume) an attempt, save answers, submit. Every call is
 * idempotent and safe under concurrency; grading happens on the server only.
 */
public interface AssessmentApi {

	/** The assessment's rules and the person's attempts in the module they are enrolled in. */
	AssessmentOverview overview(PersonId learner, String moduleSlug);

	/**
	 * Starts an attempt, or returns the one under way.
	 *
	 * @return its number
	 * @throws AttemptRuleViolation when no attempt is left
	 */
	int start(PersonId learner, String moduleSlug);

	/** The assessment of the version the person is enrolled in. */
	org.socle.catalog.Assessment assessmentOf(PersonId learner, String moduleSlug);

	/** The attempt as it stands (submitted first if its time is up). */
	AttemptView attempt(PersonId learner, String moduleSlug, int number);

	/**
	 * Saves answers by question id.
	 *
	 * @throws AttemptRuleViolation when the attempt is submitted or its time is up: nothing was saved
	 */
	void save(PersonId learner, String moduleSlug, int number, Map<String, Answer> answers);

	/** Saves the last answers if there is time, then grades the attempt once; again changes nothing. */
	void submit(PersonId learner, String moduleSlug, int number, Map<String, Answer> lastAnswers);

	/**
	 * A learner's submitted attempts in every module, with their clinical-case answers, in a fixed
	 * number of queries per module version. The caller checks the reader's right and logs the access.
	 */
	java.util.List<AttemptRecord> attemptsOf(PersonId learner);

}
