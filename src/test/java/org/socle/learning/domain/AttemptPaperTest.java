package org.socle.learning.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.socle.catalog.Assessment;
import org.socle.catalog.Assessment.Question;
import org.socle.catalog.Assessment.Type;
import org.socle.catalog.content.ModuleFolderReader;
import org.socle.learning.Answer;

class AttemptPaperTest {

	private final Assessment assessment = new ModuleFolderReader(Set.of("D1", "D4"))
		.read(Path.of("content/modules/raisonnement-clinique-algorithmes"))
		.module()
		.orElseThrow()
		.assessment();

	@Test
	void theSameSeedGivesTheSameQuestionsAndOptionsSoAResumedAttemptLooksTheSame() {
		List<String> first = Attempts.draw(assessment, 42);
		assertThat(Attempts.draw(assessment, 42)).isEqualTo(first);
		assertThat(first).containsExactlyInAnyOrderElementsOf(assessment.questions().stream().map(Question::id).toList());
		Question choice = assessment.questions().stream().filter(q -> q.type() == Type.SINGLE_CHOICE).findFirst().orElseThrow();
		assertThat(Attempts.paperQuestion(1, choice, 42, true).options())
			.isEqualTo(Attempts.paperQuestion(1, choice, 42, true).options());
		boolean someOtherSeedDiffers = false;
		for (long seed = 1; seed < 20 && !someOtherSeedDiffers; seed++) {
			someOtherSeedDiffers = !Attempts.draw(assessment, seed).equals(first);
		}
		assertThat(someOtherSeedDiffers).as("questions are shuffled per attempt").isTrue();
	}

	@Test
	void aDrawTakesThatManyQuestionsFromThePool() {
		Assessment drawn = new Assessment(70, 3, 0, 4, false, Assessment.Feedback.AFTER_SUBMISSION, assessment.questions());
		List<String> ids = Attempts.draw(drawn, 7);
		assertThat(ids).hasSize(4).doesNotHaveDuplicates();
		List<String> poolOrder = assessment.questions().stream().map(Question::id).filter(ids::contains).toList();
		assertThat(ids).as("without shuffling, drawn questions keep the author's order").isEqualTo(poolOrder);
	}

	@Test
	void everyTypeIsGradedOnTheServerFromThePublishedAnswer() {
		for (Question question : assessment.questions()) {
			assertThat(Answer.expectedFor(question).isCorrectFor(question)).as(question.id()).isTrue();
			assertThat(new Answer(List.of(), "").isCorrectFor(question)).as("blank %s", question.id()).isFalse();
		}
		Question numeric = first(Type.NUMERIC);
		String written = String.valueOf(numeric.numericAnswer()).replace('.', ',');
		assertThat(new Answer(List.of(), written).isCorrectFor(numeric)).as("a French decimal comma").isTrue();
		assertThat(new Answer(List.of(), String.valueOf(numeric.numericAnswer() + 50)).isCorrectFor(numeric)).isFalse();
		Question ordering = first(Type.ORDERING);
		List<String> reversed = new java.util.ArrayList<>(Answer.expectedFor(ordering).choices());
		java.util.Collections.reverse(reversed);
		assertThat(new Answer(reversed, null).isCorrectFor(ordering)).isFalse();
		Question shortText = first(Type.SHORT_TEXT);
		String accepted = shortText.accepted().get(0).fr();
		assertThat(new Answer(List.of(), "  " + accepted.toUpperCase(java.util.Locale.ROOT) + " ").isCorrectFor(shortText))
			.as("case and spaces do not matter").isTrue();
		Question multiple = first(Type.MULTIPLE_CHOICE);
		List<String> oneRight = List.of(Answer.expectedFor(multiple).choices().get(0));
		assertThat(new Answer(oneRight, null).isCorrectFor(multiple) && Answer.expectedFor(multiple).choices().size() > 1)
			.as("all or nothing").isFalse();
		Question clinical = first(Type.CLINICAL_CASE);
		String wrongDecision = "accept".equals(Answer.expectedFor(clinical).choices().get(0)) ? "reject" : "accept";
		assertThat(new Answer(List.of(wrongDecision), "Ma justification").isCorrectFor(clinical)).isFalse();
	}

	private Question first(Type type) {
		return assessment.questions().stream().filter(q -> q.type() == type).findFirst().orElseThrow();
	}

}
