package org.socle.learning.domain;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.socle.catalog.Assessment.Option;
import org.socle.catalog.Assessment.Question;
import org.socle.catalog.ModuleDetails.Text;
import org.socle.learning.Answer;

/**
 * The answer to a check-your-understanding question of a lesson, checked on the server: right or
 * not, with the feedback the author wrote for what was chosen. Formative only: it counts for nothing.
 *
 * @param chosen   the option ids (or {@code true}/{@code false}) the learner chose, as sent
 * @param feedback the author's feedback for those choices, in the lesson's language
 */
public record LessonCheck(String questionId, Set<String> chosen, boolean correct, List<Text> feedback) {

	/** Checks {@code answers} against the question, graded as an assessment would; unknown answers are not right. */
	public static LessonCheck of(Question question, List<String> answers) {
		Set<String> chosen = new LinkedHashSet<>(answers == null ? List.of() : answers);
		boolean right = new Answer(List.copyOf(chosen), null).isCorrectFor(question);
		List<Text> feedback = question.options().isEmpty() ? List.of(right ? question.correct() : question.incorrect())
				: question.options().stream().filter(option -> chosen.contains(option.id())).map(Option::feedback).toList();
		return new LessonCheck(question.id(), chosen, right, feedback);
	}

	/** Whether the learner chose this answer: the page shows their choice with the feedback. */
	public boolean chose(String answer) {
		return chosen.contains(answer);
	}

}
