package org.socle.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.socle.catalog.CatalogApi;
import org.socle.catalog.LessonRef;
import org.socle.catalog.ModuleOutline;
import org.socle.identity.IdentityApi;
import org.socle.identity.NewAccount;
import org.socle.identity.PersonId;
import org.socle.identity.Role;
import org.socle.learning.LearningApi;
import org.socle.learning.ModuleCompleted;
import org.socle.learning.ModuleProgress;
import org.socle.support.SocleIntegrationTest;
import org.socle.support.TestPrincipal;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@SocleIntegrationTest
@RecordApplicationEvents
class LearningProgressIT {

	@Autowired
	LearningApi learning;

	@Autowired
	CatalogApi catalog;

	@Autowired
	IdentityApi identity;

	@Autowired
	ApplicationEvents events;

	@Autowired
	org.socle.learning.AssessmentApi assessments;

	@Autowired
	org.springframework.test.web.servlet.MockMvc mvc;

	@Test
	void enrollingAndReadingTwiceRecordsEachOnce() {
		PersonId learner = newLearner();
		ModuleOutline module = shippedModule(0);
		LessonRef first = module.lessons().get(0);

		learning.enrol(learner, module.slug());
		learning.enrol(learner, module.slug());
		learning.recordLessonRead(learner, module.slug(), first.slug());
		learning.recordLessonRead(learner, module.slug(), first.slug());

		List<ModuleProgress> progress = learning.progressOf(learner);
		assertThat(progress).singleElement().satisfies(p -> {
			assertThat(p.lessonsReadCount()).isEqualTo(1);
			assertThat(p.resumeAt()).contains(module.lessons().get(1));
			assertThat(p.completed()).isFalse();
		});
	}

	@Test
	void readingEveryLessonAndPassingTheAssessmentCompletesTheModuleOnceWithItsVersion() {
		PersonId learner = newLearner();
		ModuleOutline module = shippedModule(0);
		learning.enrol(learner, module.slug());

		for (LessonRef lesson : module.lessons()) {
			learning.recordLessonRead(learner, module.slug(), lesson.slug());
		}
		learning.recordLessonRead(learner, module.slug(), module.lessons().get(0).slug());

		ModuleProgress read = learning.progressIn(learner, module.slug()).orElseThrow();
		assertThat(read.completed()).as("the assessment remains").isFalse();
		assertThat(read.assessmentDue()).isTrue();
		assertThat(read.percent()).isLessThan(100);
		assertThat(read.resumeAt()).isEmpty();

		int attempt = assessments.start(learner, module.slug());
		java.util.Map<String, org.socle.learning.Answer> answers = new java.util.HashMap<>();
		catalog.assessment(module.versionId()).orElseThrow().questions()
			.forEach(question -> answers.put(question.id(), org.socle.learning.Answer.expectedFor(question)));
		assessments.submit(learner, module.slug(), attempt, answers);
		assessments.submit(learner, module.slug(), attempt, answers);

		ModuleProgress progress = learning.progressIn(learner, module.slug()).orElseThrow();
		assertThat(progress.completed()).isTrue();
		assertThat(progress.percent()).isEqualTo(100);
		assertThat(progress.bestScore()).isEqualTo(100);
		assertThat(events.stream(ModuleCompleted.class).filter(event -> event.learner().equals(learner)))
			.singleElement()
			.satisfies(event -> assertThat(event.version()).isEqualTo(module.versionId()));
	}

	@Test
	void concurrentClicksOnTheSameLessonCountItOnce() throws Exception {
		PersonId learner = newLearner();
		ModuleOutline module = shippedModule(1);
		LessonRef lesson = module.lessons().get(0);
		ExecutorService pool = Executors.newFixedThreadPool(8);
		try {
			List<Callable<Void>> clicks = new ArrayList<>();
			for (int i = 0; i < 16; i++) {
				clicks.add(() -> {
					learning.enrol(learner, module.slug());
					learning.recordLessonRead(learner, module.slug(), lesson.slug());
					return null;
				});
			}
			for (Future<Void> click : pool.invokeAll(clicks)) {
				click.get();
			}
		}
		finally {
			pool.shutdown();
		}

		assertThat(learning.progressOf(learner)).singleElement()
			.satisfies(p -> assertThat(p.lessonsReadCount()).isEqualTo(1));
	}

	@Test
	void leavingAModuleKeepsItsHistoryAndTakingItUpAgainResumesIt() {
		PersonId learner = newLearner();
		ModuleOutline module = shippedModule(1);
		learning.enrol(learner, module.slug());
		learning.recordLessonRead(learner, module.slug(), module.lessons().get(0).slug(), 95);

		learning.withdraw(learner, module.slug());
		ModuleProgress left = learning.progressIn(learner, module.slug()).orElseThrow();
		assertThat(left.withdrawn()).isTrue();
		assertThat(left.lessonsReadCount()).isEqualTo(1);
		assertThat(left.secondsSpent()).isEqualTo(95);

		learning.enrol(learner, module.slug());
		ModuleProgress back = learning.progressIn(learner, module.slug()).orElseThrow();
		assertThat(back.withdrawn()).isFalse();
		assertThat(back.resumeAt()).contains(module.lessons().get(1));
		assertThat(back.module().versionId()).isEqualTo(left.module().versionId());
	}

	@Test
	void timeOnTaskAddsUpAndALessonLeftOpenCountsAtMostTwoHours() {
		PersonId learner = newLearner();
		ModuleOutline module = shippedModule(1);
		learning.enrol(learner, module.slug());
		learning.recordLessonRead(learner, module.slug(), module.lessons().get(0).slug(), 300);
		learning.recordLessonRead(learner, module.slug(), module.lessons().get(0).slug(), 60);
		learning.recordLessonRead(learner, module.slug(), module.lessons().get(1).slug(), 100_000);
		learning.recordLessonRead(learner, module.slug(), module.lessons().get(1).slug(), -50);

		assertThat(learning.progressIn(learner, module.slug()).orElseThrow().secondsSpent()).isEqualTo(300 + 60 + 7200);
	}

	@Test
	void anAssignedModuleKeepsItsFirstAssignerAndEarliestDueDateAndCannotBeLeft() throws Exception {
		PersonId learner = newLearner();
		PersonId coordinator = newLearner();
		PersonId other = newLearner();
		ModuleOutline module = shippedModule(1);
		learning.enrol(learner, module.slug());
		learning.withdraw(learner, module.slug());
		java.time.LocalDate today = java.time.LocalDate.now();

		learning.enrolByAssignment(learner, module.slug(), coordinator, today.plusDays(30));
		learning.enrolByAssignment(learner, module.slug(), other, today.minusDays(2));
		learning.enrolByAssignment(learner, module.slug(), other, today.plusDays(60));
		learning.withdraw(learner, module.slug());

		ModuleProgress progress = learning.progressIn(learner, module.slug()).orElseThrow();
		assertThat(progress.assigned()).isTrue();
		assertThat(progress.assignedBy()).isEqualTo(coordinator);
		assertThat(progress.dueOn()).isEqualTo(today.minusDays(2));
		assertThat(progress.withdrawn()).as("an assigned module cannot be left").isFalse();
		assertThat(progress.overdue(today)).isTrue();

		String username = identity.person(learner).orElseThrow().username();
		mvc.perform(get("/").with(authentication(TestPrincipal.of(identity, username, Role.LEARNER).authentication())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Assigné par " + identity.person(coordinator).orElseThrow().displayName())))
			.andExpect(content().string(containsString("En retard")));
	}

	@Test
	void aLearnerWithNoEnrolmentHasNoProgress() {
		assertThat(learning.progressOf(newLearner())).isEmpty();
	}

	/** A module of the shipped content with several lessons (other tests import modules of their own). */
	private ModuleOutline shippedModule(int index) {
		return catalog.currentModules()
			.stream()
			.filter(module -> module.lessons().size() >= 2 && !module.slug().startsWith("essai-"))
			.toList()
			.get(index);
	}

	private PersonId newLearner() {
		String username = "it-" + UUID.randomUUID();
		return identity.createAccount(new NewAccount(username, "Learner " + username, null, EnumSet.of(Role.LEARNER),
				null));
	}

}
