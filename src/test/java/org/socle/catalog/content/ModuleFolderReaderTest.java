package org.socle.catalog.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.socle.catalog.Axis;

class ModuleFolderReaderTest {

	private static final String VALID_DESCRIPTOR = """
			id: premiers-pas
			title:
			  fr: "Premiers pas"
			  en: "First steps"
			summary:
			  fr: "Un module court."
			  en: "A short module."
			axis: data-ethics
			duration: 20
			level: introduction
			competencies: [D1]
			objectives:
			  - fr: "Reconnaître une donnée de santé."
			    en: "Recognise health data."
			authors:
			  - name: "Équipe Socle"
			sources:
			  - title: "RGPD"
			    url: "https://eur-lex.europa.eu/eli/reg/2016/679/oj"
			lessons:
			  - file: 01-accueil.md
			    title:
			      fr: "Accueil"
			      en: "Welcome"
			  - file: 02-suite.md
			    title:
			      fr: "Suite"
			""";

	@TempDir
	Path content;

	private Path folder;

	private final ModuleFolderReader reader = new ModuleFolderReader(java.util.Set.of("D1", "D2"));

	@BeforeEach
	void writeValidModule() throws IOException {
		folder = content.resolve("premiers-pas");
		Files.createDirectories(folder.resolve("lessons/en"));
		write("module.yml", VALID_DESCRIPTOR);
		write("lessons/01-accueil.md", "# Accueil\n\nBienvenue.\n");
		write("lessons/en/01-accueil.md", "# Welcome\n\nWelcome.\n");
		write("lessons/02-suite.md", "# Suite\n\nLa suite.\n");
	}

	@Test
	void readsAValidModuleWithItsLessonsInOrder() {
		ModuleFolderReader.Result result = reader.read(folder);

		assertThat(result.problems()).isEmpty();
		ModuleSource module = result.module().orElseThrow();
		assertThat(module.slug()).isEqualTo("premiers-pas");
		assertThat(module.titleEn()).isEqualTo("First steps");
		assertThat(module.axis()).isEqualTo(Axis.DATA_ETHICS);
		assertThat(module.durationMinutes()).isEqualTo(20);
		assertThat(module.lessons()).extracting(ModuleSource.LessonSource::slug)
			.containsExactly("01-accueil", "02-suite");
		assertThat(module.lessons().get(0).markdownEn()).contains("Welcome.");
		assertThat(module.lessons().get(1).markdownEn()).isNull();
		assertThat(module.lessons().get(1).titleEn()).isNull();
	}

	@Test
	void theSameFilesGiveTheSameHashAndAnyChangeGivesAnother() throws IOException {
		String first = reader.read(folder).module().orElseThrow().contentHash();
		assertThat(reader.read(folder).module().orElseThrow().contentHash()).isEqualTo(first);

		write("lessons/02-suite.md", "# Suite\n\nLa suite, corrigée.\n");

		assertThat(reader.read(folder).module().orElseThrow().contentHash()).isNotEqualTo(first);
	}

	@Test
	void reportsMalformedYamlWithItsLine() throws IOException {
		write("module.yml", "id: premiers-pas\ntitle:\n  fr: \"Premiers pas\n  en: x\naxis: [\n");

		ModuleFolderReader.Result result = reader.read(folder);

		assertThat(result.module()).isEmpty();
		assertThat(result.problems()).singleElement().satisfies(problem -> {
			assertThat(problem.code()).isEqualTo("yaml-syntax");
			assertThat(problem.file()).isEqualTo(folder.resolve("module.yml"));
			assertThat(problem.line()).isGreaterThan(1);
		});
	}

	@Test
	void listsEveryProblemOfAFolderWithFileAndLine() throws IOException {
		write("module.yml", VALID_DESCRIPTOR.replace("id: premiers-pas", "id: autre-chose")
			.replace("axis: data-ethics", "axis: astrology")
			.replace("duration: 20", "duration: vingt")
			.replace("02-suite.md", "03-absent.md"));

		ModuleFolderReader.Result result = reader.read(folder);

		assertThat(result.module()).isEmpty();
		assertThat(result.problems()).extracting(ContentProblem::code, ContentProblem::line)
			.containsExactlyInAnyOrder(
					org.assertj.core.groups.Tuple.tuple("id-mismatch", 1),
					org.assertj.core.groups.Tuple.tuple("invalid-axis", 8),
					org.assertj.core.groups.Tuple.tuple("invalid-duration", 9),
					org.assertj.core.groups.Tuple.tuple("missing-lesson-file", 25));
	}

	@Test
	void readsWhatTheModuleSaysOfItself() {
		var details = reader.read(folder).module().orElseThrow().details();

		assertThat(details.level()).isEqualTo(org.socle.catalog.ModuleDetails.Level.INTRODUCTION);
		assertThat(details.competencies()).containsExactly("D1");
		assertThat(details.objectives()).singleElement()
			.satisfies(objective -> assertThat(objective.in(java.util.Locale.ENGLISH)).isEqualTo("Recognise health data."));
		assertThat(details.professions()).isEmpty();
		assertThat(details.completion().allLessons()).isTrue();
	}

	@Test
	void reportsUnknownCompetenciesLevelsAndAddresses() throws IOException {
		write("module.yml", VALID_DESCRIPTOR.replace("competencies: [D1]", "competencies: [D1, D9, x]")
			.replace("level: introduction", "level: expert")
			.replace("https://eur-lex.europa.eu/eli/reg/2016/679/oj", "javascript:alert(1)")
			.replace("  - name: \"Équipe Socle\"\n", ""));

		assertThat(reader.read(folder).problems()).extracting(ContentProblem::code)
			.containsExactlyInAnyOrder("unknown-competency", "unknown-competency", "invalid-level", "invalid-url",
					"empty-list");
	}

	@Test
	void requiresTheFrenchTitleAndAtLeastOneLesson() throws IOException {
		write("module.yml", """
				id: premiers-pas
				title:
				  en: "Only English"
				summary:
				  fr: "Résumé"
				axis: data-ethics
				duration: 10
				level: introduction
				competencies: [D1]
				objectives:
				  - fr: "Un objectif."
				authors:
				  - name: "Équipe Socle"
				lessons: []
				""");

		ModuleFolderReader.Result result = reader.read(folder);

		assertThat(result.problems()).extracting(ContentProblem::code)
			.containsExactlyInAnyOrder("missing-field", "no-lessons");
		assertThat(result.problems()).filteredOn(problem -> problem.code().equals("missing-field"))
			.singleElement()
			.satisfies(problem -> assertThat(problem.arguments()).containsExactly("fr"));
	}

	@Test
	void refusesLessonFilesThatCouldLeaveTheModuleFolder() throws IOException {
		write("module.yml", VALID_DESCRIPTOR.replace("02-suite.md", "../../secret.md"));

		assertThat(reader.read(folder).problems()).extracting(ContentProblem::code)
			.containsExactly("invalid-lesson-file");
	}

	@Test
	void refusesFilesThatAreNotUtf8() throws IOException {
		Files.write(folder.resolve("lessons/02-suite.md"), "Caf\u00e9".getBytes(StandardCharsets.ISO_8859_1));

		assertThat(reader.read(folder).problems()).extracting(ContentProblem::code).containsExactly("not-utf8");
	}

	@Test
	void checksTheQuestionsEmbeddedInLessonsAtTheirLineInTheLesson() throws IOException {
		write("lessons/01-accueil.md", """
				# Accueil

				```question
				id: donnee
				type: single-choice
				prompt: "Laquelle ?"
				options:
				  - { id: a, text: "Celle-ci", correct: true, feedback: "Oui." }
				  - { id: b, text: "Celle-là", correct: true, feedback: "Aussi ?" }
				```

				```question
				id: ordre
				type: ordering
				prompt: "Dans l’ordre"
				items: [ { fr: "un" }, { fr: "deux" } ]
				feedback: { correct: "Oui", incorrect: "Non" }
				```
				""");
		write("lessons/en/01-accueil.md", """
				# Welcome

				```question
				id: another-id
				type: true-false
				prompt: "True?"
				answer: true
				feedback: { correct: "Yes.", incorrect: "No." }
				```
				""");

		assertThat(reader.read(folder).problems()).extracting(ContentProblem::code, ContentProblem::line)
			.containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("single-choice-needs-one", 8),
					org.assertj.core.groups.Tuple.tuple("lesson-question-type", 14),
					org.assertj.core.groups.Tuple.tuple("lesson-questions-differ", 0));
	}

	@Test
	void acceptsLessonQuestionsWrittenInTheLessonsLanguage() throws IOException {
		write("lessons/01-accueil.md", """
				# Accueil

				```question
				id: donnee
				type: true-false
				prompt: "Une adresse seule est une donnée de santé."
				answer: false
				feedback: { correct: "Exact.", incorrect: "Seule, elle ne dit rien de la santé." }
				```
				""");
		write("lessons/en/01-accueil.md", """
				# Welcome

				```question
				id: donnee
				type: true-false
				prompt: "An address alone is health data."
				answer: false
				feedback: { correct: "Right.", incorrect: "Alone, it says nothing about health." }
				```
				""");

		assertThat(reader.read(folder).problems()).isEmpty();
	}

	@Test
	void readsTheModulesImagesAndRefusesWhatIsNotOne() throws IOException {
		Files.createDirectories(folder.resolve("media"));
		Files.write(folder.resolve("media/schema.png"), ModuleMediaTest.PNG);
		write("lessons/01-accueil.md", "# Accueil\n\n![Schéma](media/schema.png)\n\n[Fiche](media/fiche.pdf)\n");

		assertThat(reader.read(folder).problems()).extracting(ContentProblem::code, ContentProblem::line)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("missing-media", 5));

		Files.write(folder.resolve("media/fiche.pdf"), "<html><script>alert(1)</script>".getBytes(StandardCharsets.UTF_8));
		assertThat(reader.read(folder).problems()).extracting(ContentProblem::code)
			.containsExactlyInAnyOrder("media-type", "missing-media");

		Files.write(folder.resolve("media/fiche.pdf"), "%PDF-1.4\n".getBytes(StandardCharsets.UTF_8));
		ModuleSource module = reader.read(folder).module().orElseThrow();
		assertThat(module.media()).containsOnlyKeys("media/schema.png", "media/fiche.pdf");
		String hash = module.contentHash();
		Files.write(folder.resolve("media/schema.png"), java.util.Arrays.copyOf(ModuleMediaTest.PNG, 40));
		assertThat(reader.read(folder).module().orElseThrow().contentHash()).as("a changed image is a new version")
			.isNotEqualTo(hash);
	}

	@Test
	void theCompletionRuleSaysWhetherTheAssessmentMustBePassed() throws IOException {
		assertThat(reader.read(folder).module().orElseThrow().details().completion().assessmentRequired())
			.as("no assessment, nothing to pass").isFalse();

		write("assessment.yml", """
				questions:
				  - id: vf
				    type: true-false
				    prompt: { fr: "Vrai ?" }
				    answer: true
				    feedback: { correct: { fr: "Oui." }, incorrect: { fr: "Si." } }
				""");
		assertThat(reader.read(folder).module().orElseThrow().details().completion().assessmentRequired())
			.as("an assessment is required by default").isTrue();

		write("module.yml", VALID_DESCRIPTOR + "completion:\n  lessons: all\n  assessment: optional\n");
		assertThat(reader.read(folder).module().orElseThrow().details().completion().assessmentRequired()).isFalse();

		write("module.yml", VALID_DESCRIPTOR + "completion:\n  lessons: all\n  assessment: sometimes\n");
		assertThat(reader.read(folder).problems()).extracting(ContentProblem::code).containsExactly("invalid-completion");

		Files.delete(folder.resolve("assessment.yml"));
		write("module.yml", VALID_DESCRIPTOR + "completion:\n  lessons: all\n  assessment: required\n");
		assertThat(reader.read(folder).problems()).extracting(ContentProblem::code).containsExactly("assessment-missing");
	}

	@Test
	void objectivesNameTheCompetenciesTheyServeAmongTheModules() throws IOException {
		write("module.yml", VALID_DESCRIPTOR.replace("""
				    en: "Recognise health data."
				""", """
				    en: "Recognise health data."
				    competencies: [D1]
				"""));
		assertThat(reader.read(folder).module().orElseThrow().details().objectives().get(0).competencies())
			.containsExactly("D1");

		write("module.yml", VALID_DESCRIPTOR.replace("""
				    en: "Recognise health data."
				""", """
				    en: "Recognise health data."
				    competencies: [D2]
				"""));
		assertThat(reader.read(folder).problems()).extracting(ContentProblem::code).containsExactly("objective-competency");
	}

	private void write(String file, String text) throws IOException {
		Files.writeString(folder.resolve(file), text, StandardCharsets.UTF_8);
	}

}
