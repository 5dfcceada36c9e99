package org.socle.catalog.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.socle.catalog.Assessment;
import org.socle.catalog.Assessment.Decision;
import org.socle.catalog.Assessment.Question;
import org.socle.catalog.Assessment.Type;
import org.socle.catalog.Axis;
import org.socle.catalog.ModuleDetails.Text;

/**
 * The shipped course library, checked as an editor would: every file loads, both languages are
 * complete, every module is a real module (duration, lessons, an assessment with feedback), every
 * algorithm module has clinical cases of every decision, and every curriculum and programme points
 * at modules that exist.
 */
class ContentLibraryTest {

	private static final Path CONTENT = Path.of("content");

	private static Set<String> competencies;

	private static List<ModuleSource> modules;

	private static final List<ContentProblem> problems = new ArrayList<>();

	@BeforeAll
	static void readTheLibrary() throws IOException {
		competencies = new HashSet<>();
		try (Stream<Path> files = Files.list(CONTENT.resolve("frameworks"))) {
			for (Path file : files.sorted().toList()) {
				FrameworkReader.Result result = new FrameworkReader().read(file);
				problems.addAll(result.problems());
				result.framework().orElseThrow().competencies().forEach(competency -> competencies.add(competency.code()));
			}
		}
		ModuleFolderReader reader = new ModuleFolderReader(competencies);
		modules = new ArrayList<>();
		try (Stream<Path> folders = Files.list(CONTENT.resolve("modules"))) {
			for (Path folder : folders.filter(Files::isDirectory).sorted().toList()) {
				ModuleFolderReader.Result result = reader.read(folder);
				problems.addAll(result.problems());
				result.module().ifPresent(modules::add);
			}
		}
	}

	@Test
	void everyFileLoadsWithoutAProblem() {
		assertThat(problems).extracting(ContentProblem::describe).isEmpty();
	}

	@Test
	void theLibraryCoversTheFiveDomainsAndTheThreeAxesWithAtLeastFifteenModules() {
		assertThat(modules).hasSizeGreaterThanOrEqualTo(15);
		assertThat(modules).flatExtracting(module -> module.details().competencies())
			.contains("D1", "D2", "D3", "D4", "D5");
		assertThat(modules).extracting(ModuleSource::axis).containsAll(EnumSet.allOf(Axis.class));
	}

	@TestFactory
	Stream<DynamicTest> everyModuleIsCompleteInBothLanguages() {
		return modules.stream().map(module -> DynamicTest.dynamicTest(module.slug(), () -> {
			assertThat(module.durationMinutes()).as("duration of %s", module.slug()).isBetween(20, 60);
			assertThat(module.lessons()).as("lessons of %s", module.slug()).hasSizeBetween(3, 8);
			assertThat(module.titleEn()).as("English title of %s", module.slug()).isNotBlank();
			assertThat(module.summaryEn()).as("English summary of %s", module.slug()).isNotBlank();
			module.details().objectives().forEach(objective -> {
				assertBilingual(objective.text(), module.slug() + " objective");
				assertThat(objective.competencies()).as("competencies of an objective of %s", module.slug()).isNotEmpty();
			});
			assertThat(module.details().objectives()).flatExtracting(objective -> objective.competencies())
				.as("every competency of %s is served by an objective", module.slug())
				.containsAll(module.details().competencies());
			module.lessons().forEach(lesson -> {
				assertThat(lesson.titleEn()).as("English title of %s/%s", module.slug(), lesson.slug()).isNotBlank();
				assertThat(lesson.markdownEn()).as("English text of %s/%s", module.slug(), lesson.slug()).isNotBlank();
			});
			assertThat(module.details().sources()).as("sources of %s", module.slug()).isNotEmpty();
		}));
	}

	@TestFactory
	Stream<DynamicTest> everyModuleHasAnAssessmentOfTenQuestionsWithFeedbackInBothLanguages() {
		return modules.stream().map(module -> DynamicTest.dynamicTest(module.slug(), () -> {
			Assessment assessment = module.assessment();
			assertThat(assessment).as("assessment of %s", module.slug()).isNotNull();
			assertThat(assessment.questions()).as("questions of %s", module.slug()).hasSizeGreaterThanOrEqualTo(10);
			for (Question question : assessment.questions()) {
				String where = module.slug() + "/" + question.id();
				texts(question).forEach(text -> assertBilingual(text, where));
				assertThat(feedbackOf(question)).as("feedback of %s", where).isNotEmpty().doesNotContainNull();
			}
		}));
	}

	@TestFactory
	Stream<DynamicTest> everyAlgorithmModuleHasClinicalCasesToAcceptAmendAndReject() {
		return modules.stream()
			.filter(module -> module.axis() == Axis.ALGORITHMIC_REASONING && module.assessment() != null)
			.map(module -> DynamicTest.dynamicTest(module.slug(), () -> assertThat(module.assessment().questions())
				.filteredOn(question -> question.type() == Type.CLINICAL_CASE)
				.extracting(question -> question.caseDetails().expected())
				.as("clinical cases of %s", module.slug())
				.hasSizeGreaterThanOrEqualTo(3)
				.containsAll(EnumSet.allOf(Decision.class))));
	}

	@Test
	void everyCurriculumAndProgrammeNamesModulesThatExist() throws IOException {
		Set<String> moduleIds = new HashSet<>(modules.stream().map(ModuleSource::slug).toList());
		ProgrammeReader reader = new ProgrammeReader();
		Set<String> curricula = new HashSet<>();
		try (Stream<Path> files = Files.list(CONTENT.resolve("curricula"))) {
			for (Path file : files.sorted().toList()) {
				var result = reader.curriculum(file, moduleIds);
				assertThat(result.problems()).as(file.toString()).extracting(ContentProblem::describe).isEmpty();
				result.value().ifPresent(curriculum -> curricula.add(curriculum.id()));
			}
		}
		try (Stream<Path> files = Files.list(CONTENT.resolve("certifications"))) {
			for (Path file : files.sorted().toList()) {
				var result = reader.certification(file, moduleIds, curricula);
				assertThat(result.problems()).as(file.toString()).extracting(ContentProblem::describe).isEmpty();
			}
		}
	}

	private static void assertBilingual(Text text, String where) {
		assertThat(text).as(where).isNotNull();
		assertThat(text.fr()).as("French text in %s", where).isNotBlank();
		assertThat(text.en()).as("English text in %s", where).isNotBlank();
	}

	/** Every text a learner reads in a question. */
	private static List<Text> texts(Question question) {
		List<Text> texts = new ArrayList<>();
		texts.add(question.prompt());
		if (question.options() != null) {
			question.options().forEach(option -> texts.add(option.text()));
		}
		if (question.items() != null) {
			texts.addAll(question.items());
		}
		if (question.pairs() != null) {
			question.pairs().forEach(pair -> {
				texts.add(pair.left());
				texts.add(pair.right());
			});
		}
		if (question.caseDetails() != null) {
			texts.add(question.caseDetails().vignette());
			texts.add(question.caseDetails().suggestion());
			texts.add(question.caseDetails().rationale());
		}
		texts.addAll(feedbackOf(question));
		return texts;
	}

	/** The feedback a learner gets, whatever they answered. */
	private static List<Text> feedbackOf(Question question) {
		List<Text> feedback = new ArrayList<>();
		if (question.options() != null && !question.options().isEmpty()) {
			question.options().forEach(option -> feedback.add(option.feedback()));
		}
		else if (question.caseDetails() != null) {
			feedback.add(question.caseDetails().feedbackAccept());
			feedback.add(question.caseDetails().feedbackAmend());
			feedback.add(question.caseDetails().feedbackReject());
		}
		else {
			feedback.add(question.correct());
			feedback.add(question.incorrect());
		}
		return feedback;
	}

}
