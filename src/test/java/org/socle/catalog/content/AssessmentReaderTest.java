package org.socle.catalog.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.socle.catalog.Assessment;
import org.socle.catalog.Assessment.Decision;
import org.socle.catalog.Assessment.Question;
import org.socle.catalog.Assessment.Type;

class AssessmentReaderTest {

	@TempDir
	Path folder;

	@Test
	void theShippedAssessmentUsesEveryQuestionTypeAndEveryDecision() {
		Assessment assessment = new ModuleFolderReader(Set.of("D1", "D4"))
			.read(Path.of("content/modules/raisonnement-clinique-algorithmes"))
			.module()
			.orElseThrow()
			.assessment();

		assertThat(assessment.passMark()).isEqualTo(70);
		assertThat(assessment.questions()).extracting(Question::type).containsAll(EnumSet.allOf(Type.class));
		assertThat(assessment.questions()).filteredOn(question -> question.type() == Type.CLINICAL_CASE)
			.extracting(question -> question.caseDetails().expected())
			.containsExactlyInAnyOrder(Decision.ACCEPT, Decision.AMEND, Decision.REJECT);
		assertThat(assessment.questions()).filteredOn(question -> question.type() == Type.SINGLE_CHOICE)
			.allSatisfy(question -> assertThat(question.options()).allSatisfy(option -> assertThat(option.feedback()).isNotNull()));
	}

	@Test
	void reportsWhatEachQuestionTypeMisses() throws IOException {
		List<ContentProblem> problems = read("""
				pass-mark: 120
				draw: 9
				feedback: sometimes
				questions:
				  - id: deux-bonnes
				    type: single-choice
				    prompt: { fr: "Laquelle ?" }
				    options:
				      - { id: a, text: { fr: "A" }, correct: true, feedback: { fr: "Oui" } }
				      - { id: b, text: { fr: "B" }, correct: true, feedback: { fr: "Oui aussi" } }
				  - id: cas
				    type: clinical-case
				    prompt: { fr: "Que faites-vous ?" }
				    vignette: { fr: "Patient fictif." }
				    suggestion:
				      text: { fr: "Faire ceci." }
				      rationale: { fr: "Parce que." }
				      confidence: 1.7
				    expected: ignore
				    feedback:
				      accept: { fr: "…" }
				      amend: { fr: "…" }
				      reject: { fr: "…" }
				  - id: vf
				    type: true-false
				    prompt: { fr: "Vrai ?" }
				    answer: peut-être
				  - id: inconnu
				    type: essay
				    prompt: { fr: "Racontez." }
				""");

		assertThat(problems).extracting(ContentProblem::code, ContentProblem::line)
			.containsExactlyInAnyOrder(tuple("invalid-number", 1), tuple("invalid-choice", 3),
					tuple("single-choice-needs-one", 9), tuple("invalid-confidence", 18), tuple("invalid-choice", 19),
					tuple("invalid-true-false", 27), tuple("missing-translations", 24), tuple("invalid-choice", 29),
					tuple("draw-too-large", 2));
	}

	private List<ContentProblem> read(String yaml) throws IOException {
		Path file = folder.resolve("assessment.yml");
		Files.writeString(file, yaml);
		List<ContentProblem> problems = new ArrayList<>();
		YamlFields fields = new YamlFields(file, problems);
		fields.root(yaml).ifPresent(root -> new AssessmentReader(fields).read(root));
		return problems;
	}

}
