package org.socle.catalog;

import java.util.List;

import org.socle.catalog.ModuleDetails.Text;

/**
 * A module's assessment as written in {@code assessment.yml}: its rules and a pool of questions,
 * each with feedback per answer. Part of the immutable module version; graded only on the server.
 *
 * @param passMark       percentage of points needed to pass
 * @param attempts       attempts allowed, 0 for no limit
 * @param timeLimit      minutes, 0 for none
 * @param draw           questions drawn per attempt from the pool, 0 for all
 * @param shuffle        whether questions and options are shuffled (seeded per attempt)
 * @param feedback       when learners see the feedback
 */
public record Assessment(int passMark, int attempts, int timeLimit, int draw, boolean shuffle, Feedback feedback,
		List<Question> questions) {

	/** When feedback and explanations are shown. */
	public enum Feedback {
		AFTER_SUBMISSION, AFTER_PASS, NEVER
	}

	/** The question types of the format. */
	public enum Type {

		SINGLE_CHOICE, MULTIPLE_CHOICE, TRUE_FALSE, ORDERING, MATCHING, NUMERIC, SHORT_TEXT, CLINICAL_CASE;

		public String code() {
			return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
		}

	}

	/** The learner's decision on an algorithm's suggestion. */
	public enum Decision {
		ACCEPT, AMEND, REJECT
	}

	/**
	 * One question. Only the fields of its type are set.
	 *
	 * @param options        single and multiple choice: options with their correctness and feedback
	 * @param answer         true/false: the right answer
	 * @param items          ordering: items in the right order
	 * @param pairs          matching: left–right pairs
	 * @param numericAnswer  numeric: the value, with {@code tolerance} either side
	 * @param accepted       short text: accepted answers (compared without case or accents)
	 * @param caseDetails    clinical case: vignette, suggestion and expected decision
	 * @param correct        feedback when right (types without per-option feedback)
	 * @param incorrect      feedback when wrong (types without per-option feedback)
	 */
	public record Question(String id, Type type, int points, Text prompt, List<Option> options, Boolean answer,
			List<Text> items, List<Pair> pairs, Double numericAnswer, Double tolerance, String unit,
			List<Text> accepted, ClinicalCase caseDetails, Text correct, Text incorrect) {
	}

	public record Option(String id, Text text, boolean correct, Text feedback) {
	}

	public record Pair(Text left, Text right) {
	}

	/**
	 * A synthetic clinical case with an algorithm's suggestion to accept, amend or reject, with a
	 * justification the learner writes and a trainer reads.
	 */
	public record ClinicalCase(Text vignette, Text suggestion, double confidence, Text rationale, Decision expected,
			Text feedbackAccept, Text feedbackAmend, Text feedbackReject) {
	}

}
