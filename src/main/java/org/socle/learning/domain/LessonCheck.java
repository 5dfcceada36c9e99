package org.socle.learning.domain;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.socle.catalog.Assessment.Option;
import org.socle.catalog.Assessment.Question;
import org.socle.catalog.ModuleDetails.Text;

/**
 * The answer to a check-your-understanding question of a lesson, checked on the server: right or
 * not, with the feedback the author wrote for what was chosen. Formative only: it counts for nothing.
 *
 * @param chosen   the option ids (or {@code true}/{@code false}) the learner chose, as sent
 * @param feedback the author's feedback for those choices, in the lesson's language
 */
public record LessonCheck(String questionId, Set<String> chosen, boolean correct, List<Text> feedback) {

	/** Checks {@code answers} against the question; unknown answers are simply not right. */
	public static LessonCheck of(Question question, List<String> answers) {
		Set<String> chosen = new LinkedHashSet<>(answers == null ? List.of() : answers);
		return switch (question.type()) {
			case TRUE_FALSE -> {
				boolean right = chosen.size() == 1 && chosen.contains(String.valueOf(question.answer()));
				yield new LessonCheck(question.id(), chosen, right, List.of(right ? question.correct() : question.incorrect()));
			}
			case SINGLE_CHOICE, MULTIPLE_CHOICE -> {
				Set<String> expected = question.options()
					.stream()
					.filter(Option::correct)
					.map(Option::id)
					.collect(Collectors.toSet());
				List<Text> feedback = new ArrayList<>();
				question.options().stream().filter(option -> chosen.contains(option.id())).forEach(option -> feedback.add(option.feedback()));
				yield new LessonCheck(question.id(), chosen, chosen.equals(expected), List.copyOf(feedback));
			}
			default -> throw new IllegalArgumentException("Lessons embed only choice and true/false questions, not "
					+ question.type());
		};
	}

	/** Whether the learner chose this answer: the page shows their choice with the feedback. */
	public boolean chose(String answer) {
		return chosen.contains(answer);
	}

}
