package org.socle.learning;

import java.time.Instant;
import java.util.List;

import org.socle.catalog.ModuleDetails.Text;
import org.socle.catalog.ModuleOutline;

/**
 * A submitted attempt as a trainer reads it: the score, and what the learner decided and wrote in
 * each clinical case, beside what the author expected.
 */
public record AttemptRecord(ModuleOutline module, int number, Instant submittedAt, Integer score, Boolean passed,
		List<CaseAnswer> cases) {

	/** @param decision accept, amend or reject, or empty when not answered */
	public record CaseAnswer(Text prompt, Text vignette, Text suggestion, String decision, String expected,
			String justification) {
	}

}
