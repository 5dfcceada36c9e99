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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.socle.catalog.domain.ContentImport;
import org.socle.curriculum.domain.AssignmentTarget;
import org.socle.curriculum.domain.AssignmentTarget.Kind;
import org.socle.curriculum.domain.Assignments;
import org.socle.curriculum.domain.DueRule;
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
import org.socle.support.MovableClock;
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

	@Autowired
	MovableClock clock;

	@AfterEach
	void timeGoesBack() {
		clock.reset();
	}

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
		var coordinator = TestPrincipal.coordinatorOf(identity, organisation, region, "coord-" + run, "Coordinatrice " + run);
		LocalDate due = LocalDate.now().plusMonths(3);

		int reached = assignments.assign(coordinator, curriculum("referent-numerique", establishment(establishment), due));

		assertThat(reached).isEqualTo(1);
		var required = curricula.currentOf("referent-numerique").orElseThrow().steps().stream().filter(step -> step.required())
			.map(step -> step.module()).toList();
		assertThat(learning.progressOf(nurse)).extracting(progress -> progress.module().slug())
			.containsExactlyInAnyOrderElementsOf(required);
		assertThat(learning.progressOf(nurse)).allSatisfy(progress -> {
			assertThat(progress.assignedBy()).isEqualTo(coordinator.personId());
			assertThat(progress.dueOn()).isEqualTo(due);
		});

		// Hired next week: the assignment reaches her without anyone remembering it.
		PersonId newcomer = person("recrue-" + run, unit);
		assertThat(learning.progressOf(newcomer)).extracting(ModuleProgress::dueOn).hasSize(required.size()).containsOnly(due);
		var referent = curricula.currentOf("referent-numerique").orElseThrow();
		assertThat(assignments.visibleTo(coordinator)).extracting(Assignments.AssignmentView::title)
			.contains(new org.socle.catalog.ModuleDetails.Text(referent.titleFr(), referent.titleEn()));

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
		clock.advance(Duration.ofDays(100));
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
		assertThatThrownBy(() -> assignments.assign(elsewhere, curriculum("referent-numerique", establishment(establishment), due)))
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
		String due = LocalDate.now().plusMonths(1).toString();
		mvc.perform(post("/manage/assignments").param("what", "curriculum:referent-numerique").param("kind", "establishment")
			.param("establishment", String.valueOf(kerlann)).param("dueFrom", "fixed").param("dueOn", due)
			.with(authentication(coordinator2)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(model().attribute("problem", "assignment.rule.outside-scope"))
			.andExpect(content().string(containsString("Ce choix n’est pas dans votre périmètre.")))
			// what was typed is shown again
			.andExpect(content().string(containsString("value=\"" + due + "\"")));
		mvc.perform(post("/manage/assignments").param("what", "curriculum:referent-numerique").param("kind", "establishment")
			.param("establishment", String.valueOf(kerlann)).param("dueFrom", "start").param("dueDays", "trente")
			.with(authentication(coordinator2)).with(csrf()))
			.andExpect(model().attribute("problem", "assignment.rule.invalid-days"));
		mvc.perform(get("/manage/assignments")
			.with(authentication(TestPrincipal.of(identity, "learner", Role.LEARNER).authentication())))
			.andExpect(status().isForbidden());
	}

	@Test
	void professionsRolesUnitsRegionsAndNamedPeopleAreTargetedAndFollowedAsTheyMove() {
		String run = UUID.randomUUID().toString().substring(0, 8);
		RegionId region = organisation.createRegion("cible-" + run, "ARS cible " + run);
		EstablishmentId north = organisation.createEstablishment(region, "ch-nord-" + run, "CH Nord " + run);
		EstablishmentId south = organisation.createEstablishment(region, "ch-sud-" + run, "CH Sud " + run);
		UnitId cardiology = organisation.createUnit(north, "Cardiologie");
		UnitId pharmacy = organisation.createUnit(north, "Pharmacie");
		UnitId surgery = organisation.createUnit(south, "Chirurgie");
		PersonId nurseNorth = person("inf-nord-" + run, cardiology);
		PersonId nurseSouth = person("inf-sud-" + run, surgery);
		PersonId pharmacist = identity.createAccount(new NewAccount("pharma-" + run, "Pharmacienne " + run, null,
				EnumSet.of(Role.LEARNER, Role.TRAINER), null));
		organisation.addMembership(pharmacist, pharmacy, "pharmacien", LocalDate.now().minusYears(2));
		var coordinator = TestPrincipal.coordinatorOf(identity, organisation, region, "coord-cible-" + run, "Coordinateur " + run);
		String module = "cybersecurite-hygiene-soins";

		// A profession across the region, due 30 days after the assignment.
		int nurses = assignments.assign(coordinator, new Assignments.NewAssignment(null, module,
				new AssignmentTarget(Kind.PROFESSION, null, "infirmier", region.value(), null, null),
				DueRule.daysAfterAssignment(30)));
		assertThat(nurses).isEqualTo(2);
		assertThat(learning.progressIn(nurseSouth, module).orElseThrow().dueOn()).isEqualTo(LocalDate.now().plusDays(30));
		assertThat(learning.progressIn(pharmacist, module)).isEmpty();

		// A role within one establishment, a unit, the whole region, named people.
		assertThat(assignments.assign(coordinator, new Assignments.NewAssignment(null, "role-formateur-interne",
				new AssignmentTarget(Kind.ROLE, null, "TRAINER", 0, north.value(), null), DueRule.daysAfterStart(60))))
			.isEqualTo(1);
		assertThat(learning.progressIn(pharmacist, "role-formateur-interne").orElseThrow().dueOn())
			.as("already in post: counted from the assignment").isEqualTo(LocalDate.now().plusDays(60));
		assertThat(assignments.assign(coordinator, new Assignments.NewAssignment(null, "telesurveillance-medicale",
				new AssignmentTarget(Kind.UNIT, cardiology.value(), null, 0, null, null), DueRule.on(LocalDate.now().plusDays(10)))))
			.isEqualTo(1);
		assertThat(assignments.assign(coordinator, new Assignments.NewAssignment(null, "donnees-sante-ethique",
				new AssignmentTarget(Kind.REGION, region.value(), null, 0, null, null), DueRule.on(LocalDate.now().plusDays(20)))))
			.isEqualTo(3);
		assertThat(assignments.assign(coordinator, new Assignments.NewAssignment(null, "teleconsultation-teleexpertise",
				new AssignmentTarget(Kind.PEOPLE, null, null, region.value(), null, java.util.List.of(nurseSouth)),
				DueRule.on(LocalDate.now().plusDays(15)))))
			.isEqualTo(1);
		assertThat(learning.progressIn(nurseNorth, "teleconsultation-teleexpertise")).isEmpty();

		// Transferred from the north's cardiology to the south: leaves the unit's assignment (history kept),
		// keeps the region's and the profession's, now counted in the south.
		organisation.endMemberships(nurseNorth, cardiology, LocalDate.now());
		organisation.addMembership(nurseNorth, surgery, "infirmier", LocalDate.now());
		assertThat(memberState(nurseNorth, "telesurveillance-medicale")).isEqualTo("left");
		assertThat(learning.progressIn(nurseNorth, "telesurveillance-medicale").orElseThrow().dueOn())
			.as("no longer assigned: no due date").isNull();
		assertThat(memberState(nurseNorth, module)).isEqualTo("active");
		assertThat(jdbc.queryForObject("select m.establishment_id from assignment_member m join assignment a"
				+ " on a.id = m.assignment_id where a.module_slug = ? and m.person_id = ?", Long.class, module,
				nurseNorth.value())).isEqualTo(south.value());
		assertThat(figures(north, module)).isEmpty();
		assertThat(figures(south, module)).hasValueSatisfying(f -> assertThat(f.assigned()).isEqualTo(2));

		// Back to cardiology: the unit's assignment applies again, with its fixed due date.
		organisation.addMembership(nurseNorth, cardiology, "infirmier", LocalDate.now());
		assertThat(memberState(nurseNorth, "telesurveillance-medicale")).isEqualTo("active");
		assertThat(learning.progressIn(nurseNorth, "telesurveillance-medicale").orElseThrow().dueOn())
			.isEqualTo(LocalDate.now().plusDays(10));

		// A newcomer hired in a month is due 60 days after her start, as a trainer of the north.
		PersonId newTrainer = identity.createAccount(new NewAccount("form-" + run, "Formatrice " + run, null,
				EnumSet.of(Role.LEARNER, Role.TRAINER), null));
		clock.advance(Duration.ofDays(30));
		LocalDate start = LocalDate.now(clock);
		organisation.addMembership(newTrainer, pharmacy, "pharmacien", start);
		assertThat(learning.progressIn(newTrainer, "role-formateur-interne").orElseThrow().dueOn())
			.isEqualTo(start.plusDays(60));
		assertThat(countersMatchRows()).isTrue();
	}

	@Test
	void exemptionsAndExtensionsNeedAReasonAndAScopeAndAreKept() throws Exception {
		String run = UUID.randomUUID().toString().substring(0, 8);
		RegionId region = organisation.createRegion("dispense-" + run, "ARS dispense " + run);
		EstablishmentId establishment = organisation.createEstablishment(region, "ch-disp-" + run, "CH Dispense " + run);
		UnitId unit = organisation.createUnit(establishment, "Urgences");
		PersonId nurse = person("disp-" + run, unit);
		PersonId other = person("disp2-" + run, unit);
		var coordinator = TestPrincipal.coordinatorOf(identity, organisation, region, "coord-disp-" + run, "Coordinatrice " + run);
		String module = "cybersecurite-hygiene-soins";
		LocalDate due = LocalDate.now().plusDays(5);
		assignments.assign(coordinator, new Assignments.NewAssignment(null, module, establishment(establishment),
				DueRule.on(due)));
		long id = jdbc.queryForObject("select id from assignment where scope_establishment_id = ?", Long.class,
				establishment.value());

		assertThatThrownBy(() -> assignments.exempt(coordinator, id, nurse, "  "))
			.isInstanceOfSatisfying(Assignments.AssignmentRefused.class, r -> assertThat(r.code()).isEqualTo("reason-required"));
		var outsider = TestPrincipal.of(identity, "coordinator2", Role.COORDINATOR);
		assertThatThrownBy(() -> assignments.exempt(outsider, id, nurse, "Hors périmètre"))
			.isInstanceOfSatisfying(Assignments.AssignmentRefused.class, r -> assertThat(r.code()).isEqualTo("unknown-member"));
		assertThatThrownBy(() -> assignments.extend(coordinator, id, other, due.minusDays(1), "Plus tôt"))
			.isInstanceOfSatisfying(Assignments.AssignmentRefused.class,
					r -> assertThat(r.code()).isEqualTo("extension-not-later"));

		assignments.exempt(coordinator, id, nurse, "Déjà formée lors de son précédent poste");
		assignments.extend(coordinator, id, other, due.plusDays(30), "Congé maternité");
		assertThat(learning.progressIn(nurse, module).orElseThrow().dueOn()).isNull();
		assertThat(learning.progressIn(other, module).orElseThrow().dueOn()).isEqualTo(due.plusDays(30));

		clock.advance(Duration.ofDays(10));
		assertThat(figures(establishment, module)).hasValueSatisfying(f -> {
			assertThat(f.assigned()).isEqualTo(1);
			assertThat(f.exempt()).isEqualTo(1);
			assertThat(f.overdue()).as("the extension moved her due date").isZero();
		});
		var detail = assignments.detail(coordinator, id).orElseThrow();
		assertThat(detail.exceptions()).extracting(Assignments.ExceptionView::kind).containsExactlyInAnyOrder("exemption",
				"extension");
		assertThat(detail.exceptions()).allSatisfy(e -> assertThat(e.grantedBy()).isEqualTo("Coordinatrice " + run));
		assertThat(assignments.detail(outsider, id)).isEmpty();

		// Over HTTP: a missing reason is refused with a message and the new date typed is kept; someone else's
		// assignment is not found.
		var auth = authentication(coordinator.authentication());
		String later = due.plusDays(60).toString();
		mvc.perform(post("/manage/assignments/{id}/people/{p}", id, other.value()).param("action", "extend")
			.param("dueOn", later).param("reason", "").with(auth).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Indiquez le motif.")))
			.andExpect(content().string(containsString("value=\"" + later + "\"")));
		mvc.perform(get("/manage/assignments/{id}/people/{p}", id, other.value())
			.with(authentication(outsider.authentication())))
			.andExpect(status().isNotFound());
		mvc.perform(get("/manage/assignments/{id}", id).with(auth))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Congé maternité")));
		assertThat(countersMatchRows()).isTrue();
	}

	private java.util.Optional<Assignments.Figures> figures(EstablishmentId establishment, String module) {
		return assignments.figuresOf(establishment.value()).stream().filter(f -> module.equals(f.module())).findFirst();
	}

	private String memberState(PersonId person, String module) {
		return jdbc.queryForObject("select m.state from assignment_member m join assignment a on a.id = m.assignment_id"
				+ " where a.module_slug = ? and m.person_id = ?", String.class, module, person.value());
	}

	/** The counters equal what the per-person rows say, for every assignment. */
	private boolean countersMatchRows() {
		var fromRows = jdbc.queryForList("select assignment_id, unit_id, profession_code, due_on,"
				+ " sum(case when state = 'active' then 1 else 0 end) assigned,"
				+ " sum(case when state = 'active' and completed_at is not null then 1 else 0 end) completed,"
				+ " sum(case when state = 'exempt' then 1 else 0 end) exempt from assignment_member"
				+ " group by assignment_id, unit_id, profession_code, due_on"
				+ " having sum(case when state <> 'left' then 1 else 0 end) > 0 order by 1, 2, 3, 4");
		var fromCounters = jdbc.queryForList("select assignment_id, unit_id, profession_code, due_on, assigned, completed,"
				+ " exempt from assignment_tally where assigned <> 0 or exempt <> 0 order by 1, 2, 3, 4");
		assertThat(fromCounters.toString()).isEqualTo(fromRows.toString());
		return true;
	}

	private static AssignmentTarget establishment(EstablishmentId establishment) {
		return new AssignmentTarget(Kind.ESTABLISHMENT, establishment.value(), null, 0, null, null);
	}

	private static Assignments.NewAssignment curriculum(String slug, AssignmentTarget target, LocalDate due) {
		return new Assignments.NewAssignment(slug, null, target, DueRule.on(due));
	}

	private void completeModule(PersonId person, String slug) {
		org.socle.support.TestModules.complete(catalog, learning, assessments, person, slug);
	}

	private PersonId person(String username, UnitId unit) {
		PersonId person = identity.createAccount(new NewAccount(username, "Soignante " + username, null,
				EnumSet.of(Role.LEARNER), null));
		organisation.addMembership(person, unit, "infirmier", LocalDate.now().minusDays(1));
		return person;
	}

}
