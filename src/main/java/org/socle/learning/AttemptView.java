package org.socle.learning;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.socle.catalog.Assessment;
import org.socle.catalog.Assessment.Option;
import org.socle.catalog.Assessment.Question;
import org.socle.catalog.ModuleOutline;

/**
 * One attempt as its learner sees it: the questions drawn for it in the order and with the options of
 * its seed (the same on every visit), the answers saved so far and, once submitted, the result.
 *
 * @param results    per question, whether the answer was right; empty while the attempt is open
 * @param showFeedback whether the module's settings let the learner see feedback now
 */
public record AttemptView(ModuleOutline module, Assessment assessment, int number, boolean open, Instant startedAt,
		Instant deadlineAt, Instant lastSavedAt, Instant submittedAt, Integer score, Boolean passed,
		List<PaperQuestion> questions, Map<String, Answer> answers, Map<String, Boolean> results,
		boolean showFeedback) {

	/**
	 * A question as drawn for this attempt.
	 *
	 * @param options choice questions: the options in the attempt's order
	 * @param items   ordering: item indexes in the order shown; matching: left-hand items in order
	 * @param rights  matching: right-hand item indexes in the order offered
	 */
	public record PaperQuestion(int position, Question question, List<Option> options, List<Integer> items,
			List<Integer> rights) {

		public String type() {
			return question.type().code();
		}

	}

	public Answer answerTo(String questionId) {
		return answers.getOrDefault(questionId, new Answer(List.of(), null));
	}

	/** The author's feedback for what was answered: per option chosen, per decision, or right/wrong. */
	public List<org.socle.catalog.ModuleDetails.Text> feedbackFor(PaperQuestion paper) {
		Question question = paper.question();
		Answer answer = answerTo(question.id());
		List<org.socle.catalog.ModuleDetails.Text> feedback = new java.util.ArrayList<>();
		switch (question.type()) {
			case SINGLE_CHOICE, MULTIPLE_CHOICE -> question.options()
				.stream()
				.filter(option -> answer.choices().contains(option.id()))
				.forEach(option -> feedback.add(option.feedback()));
			case CLINICAL_CASE -> {
				String decision = answer.choices().isEmpty() ? "" : answer.choices().get(0);
				switch (decision) {
					case "accept" -> feedback.add(question.caseDetails().feedbackAccept());
					case "amend" -> feedback.add(question.caseDetails().feedbackAmend());
					case "reject" -> feedback.add(question.caseDetails().feedbackReject());
					default -> {
					}
				}
			}
			default -> feedback.add(Boolean.TRUE.equals(results.get(question.id())) ? question.correct() : question.incorrect());
		}
		return feedback.stream().filter(java.util.Objects::nonNull).toList();
	}

	/** Ordering: the rank (1…n) the learner gave to an item, or 0. */
	public int rankOf(String questionId, int item) {
		int index = answerTo(questionId).choices().indexOf(String.valueOf(item));
		return index + 1;
	}

	/** Matching: the right-hand item chosen for a left-hand one, or -1. */
	public int matchOf(String questionId, int left) {
		List<String> choices = answerTo(questionId).choices();
		if (left >= choices.size() || choices.get(left).isBlank()) {
			return -1;
		}
		try {
			return Integer.parseInt(choices.get(left));
		}
		catch (NumberFormatException ex) {
			return -1;
		}
	}

	public boolean chose(String questionId, String choice) {
		return answerTo(questionId).choices().contains(choice);
	}

	public int answeredCount() {
		return (int) questions.stream().filter(question -> !answerTo(question.question().id()).isBlank()).count();
	}

}
