package org.socle.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.socle.catalog.domain.ContentImport;
import org.socle.curriculum.domain.Assignments;
import org.socle.curriculum.domain.CurriculumVersions;
import org.socle.identity.IdentityApi;
import org.socle.identity.NewAccount;
import org.socle.identity.PersonId;
import org.socle.identity.Role;
import org.socle.learning.LearningApi;
import org.socle.learning.ModuleProgress;
import org.socle.organisation.OrganisationApi;
import org.socle.organisation.OrganisationIds.EstablishmentId;
import org.socle.organisation.OrganisationIds.RegionId;
import org.socle.organisation.OrganisationIds.UnitId;
import org.socle.support.SocleIntegrationTest;
import org.socle.support.TestPrincipal;
import org.springframework.beans.factory.annotation.Autowired;

@SocleIntegrationTest
class AssignmentsIT {

	@Autowired
	Assignments assignments;

	@Autowired
	CurriculumVersions curricula;

	@Autowired
	ContentImport contentImport;

	@Autowired
	OrganisationApi organisation;

	@Autowired
	IdentityApi identity;

	@Autowired
	LearningApi learning;

	@Autowired
	org.springframework.test.web.servlet.MockMvc mvc;

	@Autowired
	org.springframework.jdbc.core.JdbcTemplate jdbc;

	@Autowired
	org.springframework.context.ApplicationEventPublisher events;

	@Autowired
	org.socle.catalog.CatalogApi catalog;

	@Autowired
	org.socle.learning.AssessmentApi assessments;

	@Test
	void theShippedCurriculaAreKeptAsVersionsAndReadingThemAgainChangesNothing() {
		var socle = curricula.currentOf("socle-numerique-soignants").orElseThrow();
		assertThat(socle.steps()).hasSizeGreaterThanOrEqualTo(10);
		contentImport.importAll();
		assertThat(curricula.currentOf("socle-numerique-soignants").orElseThrow().number()).isEqualTo(socle.number());
		assertThat(curricula.current()).extracting(CurriculumVersions.CurriculumVersion::slug)
			.contains("socle-numerique-soignants", "referent-numerique", "formateur-interne", "veille-reglementaire");
	}

	@Test
	void anEstablishmentsPeopleAndItsNewcomersReceiveTheAssignedCurriculum() throws Exception {
		String run = UUID.randomUUID().toString().substring(0, 8);
		RegionId region = organisation.createRegion("essai-" + run, "ARS d’essai " + run);
		EstablishmentId establishment = organisation.createEstablishment(region, "ch-essai-" + run, "CH d’essai " + run);
		UnitId unit = organisation.createUnit(establishment, "Médecine");
		PersonId nurse = person("infirmiere-" + run, unit);
		PersonId coordinatorId = identity.createAccount(new NewAccount("coord-" + run, "Coordinatrice " + run, null,
				EnumSet.of(Role.COORDINATOR), null));
		organisation.grantRegionRole(coordinatorId, Role.COORDINATOR, region, LocalDate.now().minusDays(1));
		var coordinator = TestPrincipal.of(identity, "coord-" + run, Role.COORDINATOR);
		LocalDate due = LocalDate.now().plusMonths(3);

		int reached = assignments.assignToEstablishment(coordinator, "referent-numerique", establishment.value(), due);

		assertThat(reached).isEqualTo(1);
		var required = curricula.currentOf("referent-numerique").orElseThrow().steps().stream().filter(step -> step.required())
			.map(step -> step.module()).toList();
		assertThat(learning.progressOf(nurse)).extracting(progress -> progress.module().slug())
			.containsExactlyInAnyOrderElementsOf(required);
		assertThat(learning.progressOf(nurse)).allSatisfy(progress -> {
			assertThat(progress.assignedBy()).isEqualTo(coordinatorId);
			assertThat(progress.dueOn()).isEqualTo(due);
		});

		// Hired next week: the assignment reaches her without anyone remembering it.
		PersonId newcomer = person("recrue-" + run, unit);
		assertThat(learning.progressOf(newcomer)).extracting(ModuleProgress::dueOn).hasSize(required.size()).containsOnly(due);
		assertThat(assignments.visibleTo(coordinator)).extracting(Assignments.AssignmentView::curriculum)
			.contains("referent-numerique");

		// Someone whose identity provider places them there at sign-in receives it as well.
		PersonId viaSso = identity.createAccount(new NewAccount("sso-" + run, "Soignant SSO " + run, null,
				EnumSet.of(Role.LEARNER), null));
		events.publishEvent(new org.socle.identity.SignedInThroughSso(viaSso, EnumSet.of(Role.LEARNER), "essai-" + run,
				"ch-essai-" + run, "Médecine", "infirmier"));
		assertThat(learning.progressOf(viaSso)).extracting(ModuleProgress::dueOn).hasSize(required.size()).containsOnly(due);

		// The report counts who was reached, who completed, who is late.
		mvc.perform(get("/api/v1/reports/establishments/{id}", establishment.value())
			.with(authentication(coordinator.authentication())))
			.andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.curricula[0].curriculum")
				.value("referent-numerique"))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.curricula[0].assigned")
				.value(3))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.curricula[0].completed")
				.value(0));
		mvc.perform(get("/api/v1/reports/establishments/{id}", establishment.value())
			.with(authentication(TestPrincipal.of(identity, "coordinator2", Role.COORDINATOR).authentication())))
			.andExpect(status().isForbidden());

		// The nurse completes every required module; the deadline then passes for the two others.
		for (String module : required) {
			completeModule(nurse, module);
		}
		jdbc.update("update assignment set due_on = ? where target_id = ?", LocalDate.now().minusDays(1), establishment.value());
		mvc.perform(get("/api/v1/reports/establishments/{id}", establishment.value())
			.with(authentication(coordinator.authentication())))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.curricula[0].completed")
				.value(1))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath("$.curricula[0].overdue")
				.value(2));
		long kerlann = organisation.establishmentsVisibleTo(TestPrincipal.of(identity, "admin", Role.ADMIN)).stream()
			.filter(e -> e.code().equals("ch-kerlann")).findFirst().orElseThrow().id();
		mvc.perform(get("/api/v1/reports/establishments/{id}", kerlann)
			.with(authentication(TestPrincipal.of(identity, "coordinator2", Role.COORDINATOR).authentication())))
			.andExpect(status().isForbidden());

		var elsewhere = TestPrincipal.of(identity, "coordinator2", Role.COORDINATOR);
		assertThatThrownBy(() -> assignments.assignToEstablishment(elsewhere, "referent-numerique", establishment.value(), due))
			.isInstanceOfSatisfying(Assignments.AssignmentRefused.class,
					refused -> assertThat(refused.messageKey()).isEqualTo("assignment.rule.outside-scope"));
	}

	@Test
	void theAssignmentsPageListsTheScopeAndRefusesWhatIsOutsideIt() throws Exception {
		var coordinator2 = TestPrincipal.of(identity, "coordinator2", Role.COORDINATOR).authentication();
		mvc.perform(get("/manage/assignments").with(authentication(coordinator2)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Centre hospitalier du Val-de-Lauragais")))
			.andExpect(content().string(not(containsString("Centre hospitalier de Kerlann"))));
		long kerlann = organisation.establishmentsVisibleTo(TestPrincipal.of(identity, "admin", Role.ADMIN)).stream()
			.filter(e -> e.code().equals("ch-kerlann")).findFirst().orElseThrow().id();
		mvc.perform(post("/manage/assignments").param("curriculum", "referent-numerique")
			.param("establishment", String.valueOf(kerlann)).param("dueOn", LocalDate.now().plusMonths(1).toString())
			.with(authentication(coordinator2)).with(csrf()))
			.andExpect(flash().attribute("problem", "assignment.rule.outside-scope"));
		mvc.perform(get("/manage/assignments")
			.with(authentication(TestPrincipal.of(identity, "learner", Role.LEARNER).authentication())))
			.andExpect(status().isForbidden());
	}

	private void completeModule(PersonId person, String slug) {
		var module = catalog.currentModule(slug).orElseThrow();
		module.lessons().forEach(lesson -> learning.recordLessonRead(person, slug, lesson.slug()));
		catalog.assessment(module.versionId()).ifPresent(assessment -> {
			int attempt = assessments.start(person, slug);
			java.util.Map<String, org.socle.learning.Answer> answers = new java.util.HashMap<>();
			assessment.questions().forEach(q -> answers.put(q.id(), org.socle.learning.Answer.expectedFor(q)));
			assessments.submit(person, slug, attempt, answers);
		});
		assertThat(learning.progressIn(person, slug).orElseThrow().completed()).as(slug).isTrue();
	}

	private PersonId person(String username, UnitId unit) {
		PersonId person = identity.createAccount(new NewAccount(username, "Soignante " + username, null,
				EnumSet.of(Role.LEARNER), null));
		organisation.addMembership(person, unit, "infirmier", LocalDate.now().minusDays(1));
		return person;
	}

}
