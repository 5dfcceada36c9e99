package org.socle.learning;

import java.time.Instant;
import java.util.List;

import org.socle.catalog.Assessment;
import org.socle.catalog.ModuleOutline;

/**
 * A module's assessment for one learner: its rules, their attempts and what they may do next.
 *
 * @param openAttempt the number of the attempt under way, or null
 * @param attemptsLeft how many more may be started, or -1 when there is no limit
 */
public record AssessmentOverview(ModuleOutline module, Assessment assessment, List<PastAttempt> attempts,
		Integer openAttempt, int attemptsLeft, Instant passedAt, Integer bestScore) {

	public record PastAttempt(int number, Instant startedAt, Instant submittedAt, Integer score, Boolean passed) {
	}

	public boolean mayStart() {
		return openAttempt == null && attemptsLeft != 0;
	}

}
