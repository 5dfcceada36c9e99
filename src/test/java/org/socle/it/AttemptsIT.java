package org.socle.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.socle.catalog.domain.ModuleImporter;
import org.socle.identity.IdentityApi;
import org.socle.identity.NewAccount;
import org.socle.identity.PersonId;
import org.socle.identity.Role;
import org.socle.learning.Answer;
import org.socle.learning.AssessmentApi;
import org.socle.learning.AttemptRuleViolation;
import org.socle.learning.LearningApi;
import org.socle.learning.ModuleCompleted;
import org.socle.support.SocleIntegrationTest;
import org.socle.support.TestModules;
import org.socle.support.TestPrincipal;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

@SocleIntegrationTest
@RecordApplicationEvents
class AttemptsIT {

	@Autowired
	AssessmentApi assessments;

	@Autowired
	LearningApi learning;

	@Autowired
	IdentityApi identity;

	@Autowired
	ModuleImporter importer;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationEvents events;

	@TempDir
	Path content;

	private static final Map<String, Answer> RIGHT = Map.of(
			"ins", new Answer(List.of("b"), null),
			"seuil", new Answer(List.of(), "12,5"),
			"sepsis", new Answer(List.of("amend"), "La créatinine n’a pas été prise en compte."));

	@Test
	void twoTabsAndDoubleClicksMakeOneAttemptAndOneGrade() throws Exception {
		String slug = module(2, 0);
		PersonId learner = enrolledLearner(slug);

		List<Integer> numbers = concurrently(8, () -> assessments.start(learner, slug));
		assertThat(numbers).containsOnly(1);

		assessments.save(learner, slug, 1, Map.of("ins", new Answer(List.of("b"), null)));
		assessments.save(learner, slug, 1, Map.of("seuil", new Answer(List.of(), "12,5")));
		assertThat(assessments.attempt(learner, slug, 1).answers()).containsOnlyKeys("ins", "seuil");

		concurrently(6, () -> {
			assessments.submit(learner, slug, 1, Map.of("sepsis", RIGHT.get("sepsis")));
			return 0;
		});
		var attempt = assessments.attempt(learner, slug, 1);
		assertThat(attempt.open()).isFalse();
		assertThat(attempt.score()).isEqualTo(100);
		assertThat(attempt.answerTo("sepsis").text()).as("the justification is kept for the trainer")
			.isEqualTo("La créatinine n’a pas été prise en compte.");
		assertThat(jdbc.queryForObject("select count(*) from attempt a join enrolment e on e.id = a.enrolment_id"
				+ " where e.person_id = ? and e.module_slug = ?", Integer.class, learner.value(), slug)).isEqualTo(1);
		assertThat(events.stream(ModuleCompleted.class).filter(event -> event.learner().equals(learner))).hasSize(1);

		assertThatThrownBy(() -> assessments.save(learner, slug, 1, RIGHT)).isInstanceOfSatisfying(
				AttemptRuleViolation.class, violation -> assertThat(violation.code()).isEqualTo("submitted"));
	}

	@Test
	void answersSavedFromManyThreadsAreAllKeptAndGraded() throws Exception {
		String slug = module(0, 0);
		PersonId learner = enrolledLearner(slug);
		int number = assessments.start(learner, slug);
		List<String> ids = List.copyOf(RIGHT.keySet());

		// Each question saved over and over, wrong first and right last, from threads racing each other.
		concurrently(12, () -> {
			for (int round = 0; round < 5; round++) {
				for (String id : ids) {
					assessments.save(learner, slug, number, Map.of(id, new Answer(List.of("x"), "0")));
				}
			}
			return 0;
		});
		concurrently(3, () -> {
			assessments.save(learner, slug, number, RIGHT);
			return 0;
		});

		assertThat(assessments.attempt(learner, slug, number).answers()).containsExactlyInAnyOrderEntriesOf(RIGHT);
		assessments.submit(learner, slug, number, Map.of());
		assertThat(assessments.attempt(learner, slug, number).score()).isEqualTo(100);
	}

	@Test
	void theAttemptLimitIsNeverExceededEvenUnderConcurrentStarts() throws Exception {
		String slug = module(2, 0);
		PersonId learner = enrolledLearner(slug);
		for (int i = 1; i <= 2; i++) {
			int number = assessments.start(learner, slug);
			assessments.submit(learner, slug, number, Map.of("ins", new Answer(List.of("a"), null)));
		}

		List<String> outcomes = concurrently(6, () -> {
			try {
				return "started " + assessments.start(learner, slug);
			}
			catch (AttemptRuleViolation refused) {
				return refused.code();
			}
		});

		assertThat(outcomes).containsOnly("no-attempts-left");
		var overview = assessments.overview(learner, slug);
		assertThat(overview.attempts()).hasSize(2).allSatisfy(past -> assertThat(past.passed()).isFalse());
		assertThat(overview.mayStart()).isFalse();
		assertThat(learning.progressIn(learner, slug).orElseThrow().completed()).isFalse();
	}

	@Test
	void whenTimeIsUpTheServerRefusesAnswersAndSubmitsWhatWasSavedInTime() {
		String slug = module(0, 5);
		PersonId learner = enrolledLearner(slug);
		int number = assessments.start(learner, slug);
		assessments.save(learner, slug, number, Map.of("ins", RIGHT.get("ins")));
		// Five minutes pass: the deadline the server set is now behind us.
		java.time.LocalDateTime past = java.time.LocalDateTime.now(java.time.ZoneOffset.UTC).minusMinutes(1);
		jdbc.update("update attempt set started_at = ?, deadline_at = ? where enrolment_id ="
				+ " (select id from enrolment where person_id = ? and module_slug = ?)", past.minusMinutes(5), past,
				learner.value(), slug);

		assertThatThrownBy(() -> assessments.save(learner, slug, number, RIGHT)).isInstanceOfSatisfying(
				AttemptRuleViolation.class, violation -> assertThat(violation.code()).isEqualTo("time-up"));
		var attempt = assessments.attempt(learner, slug, number);
		assertThat(attempt.open()).isFalse();
		assertThat(attempt.answers()).containsOnlyKeys("ins");
		assertThat(attempt.score()).isEqualTo(33);
	}

	@Test
	void theBrowserSendsAnswersNeverAScoreAndLearnersSeeOnlyTheirOwnAttempts() throws Exception {
		String slug = module(0, 0);
		PersonId learner = enrolledLearner(slug);
		var me = authentication(TestPrincipal.of(identity, identity.person(learner).orElseThrow().username(), Role.LEARNER)
			.authentication());

		mvc.perform(post("/modules/{slug}/assessment/attempts", slug).with(me).with(csrf()))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/modules/{slug}/assessment/attempts/1", slug).with(me))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Suggestion de l’outil")));
		mvc.perform(post("/modules/{slug}/assessment/attempts/1", slug).param("action", "submit")
			.param("q.ins", "a").param("q.seuil", "3").param("score", "100").param("passed", "true")
			.with(me).with(csrf()))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/modules/{slug}/assessment/attempts/1", slug).with(me))
			.andExpect(content().string(containsString("Non réussie : 0 %")));

		PersonId other = enrolledLearner(slug);
		var someoneElse = authentication(TestPrincipal.of(identity, identity.person(other).orElseThrow().username(),
				Role.LEARNER).authentication());
		mvc.perform(get("/modules/{slug}/assessment/attempts/1", slug).with(someoneElse)).andExpect(status().isNotFound());
	}

	/** A module with three questions: one choice, one number, one clinical case. */
	private String module(int attempts, int timeLimit) {
		return TestModules.importWithAssessment(importer, content, "essai", "Évaluation d’essai", "# Unique\n\nTexte.\n", """
					pass-mark: 70
					attempts: %d
					time-limit: %d
					questions:
					  - id: ins
					    type: single-choice
					    prompt: { fr: "Quel trait fait partie de l’INS ?" }
					    options:
					      - { id: a, text: { fr: "Le numéro de chambre" }, feedback: { fr: "Non." } }
					      - { id: b, text: { fr: "Le nom de naissance" }, correct: true, feedback: { fr: "Oui." } }
					  - id: seuil
					    type: numeric
					    prompt: { fr: "Quel seuil ?" }
					    answer: 12.5
					    tolerance: 0.1
					    feedback: { correct: { fr: "Oui." }, incorrect: { fr: "12,5." } }
					  - id: sepsis
					    type: clinical-case
					    prompt: { fr: "Que faites-vous ?" }
					    vignette: { fr: "Patiente fictive de 80 ans." }
					    suggestion:
					      text: { fr: "Dose pleine." }
					      confidence: 0.9
					      rationale: { fr: "Poids." }
					    expected: amend
					    feedback: { accept: { fr: "Non." }, amend: { fr: "Oui." }, reject: { fr: "Non." } }
					""".formatted(attempts, timeLimit));
	}

	private PersonId enrolledLearner(String slug) {
		String username = "it-" + UUID.randomUUID();
		PersonId learner = identity.createAccount(new NewAccount(username, "Apprenant " + username, null,
				EnumSet.of(Role.LEARNER), null));
		learning.enrol(learner, slug);
		learning.recordLessonRead(learner, slug, "01-unique");
		return learner;
	}

	private static <T> List<T> concurrently(int times, Callable<T> action) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(times);
		try {
			List<Callable<T>> actions = new ArrayList<>();
			for (int i = 0; i < times; i++) {
				actions.add(action);
			}
			List<T> results = new ArrayList<>();
			for (Future<T> result : pool.invokeAll(actions)) {
				results.add(result.get());
			}
			return results;
		}
		finally {
			pool.shutdown();
		}
	}

}
