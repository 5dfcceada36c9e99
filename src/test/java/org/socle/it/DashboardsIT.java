package org.socle.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.socle.curriculum.domain.AssignmentDashboards;
import org.socle.curriculum.domain.AssignmentTarget;
import org.socle.curriculum.domain.Assignments;
import org.socle.curriculum.domain.DueRule;
import org.socle.identity.IdentityApi;
import org.socle.identity.NewAccount;
import org.socle.identity.PersonId;
import org.socle.identity.Role;
import org.socle.learning.LearningApi;
import org.socle.organisation.OrganisationApi;
import org.socle.organisation.OrganisationIds.EstablishmentId;
import org.socle.organisation.OrganisationIds.RegionId;
import org.socle.organisation.OrganisationIds.UnitId;
import org.socle.privacy.PrivacyApi;
import org.socle.support.MovableClock;
import org.socle.support.SocleIntegrationTest;
import org.socle.support.TestModules;
import org.socle.support.TestPrincipal;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Managers' and coordinators' dashboards: figures by establishment, unit and profession from the
 * counters, the people behind them, CSV exports safe for spreadsheets, scopes, and the access log when a
 * person's records are opened from there.
 */
@SocleIntegrationTest
class DashboardsIT {

	@Autowired
	Assignments assignments;

	@Autowired
	AssignmentDashboards dashboards;

	@Autowired
	OrganisationApi organisation;

	@Autowired
	IdentityApi identity;

	@Autowired
	LearningApi learning;

	@Autowired
	PrivacyApi privacy;

	@Autowired
	org.socle.catalog.CatalogApi catalog;

	@Autowired
	org.socle.learning.AssessmentApi assessmentApi;

	@Autowired
	MockMvc mvc;

	@Autowired
	MovableClock clock;

	@AfterEach
	void timeGoesBack() {
		clock.reset();
	}

	@Test
	void figuresByEstablishmentUnitAndProfessionDownToThePersonWithinScopeOnly() throws Exception {
		String run = UUID.randomUUID().toString().substring(0, 8);
		RegionId region = organisation.createRegion("suivi-" + run, "ARS suivi " + run);
		EstablishmentId north = organisation.createEstablishment(region, "ch-suivi-n-" + run, "CH Suivi Nord " + run);
		EstablishmentId south = organisation.createEstablishment(region, "ch-suivi-s-" + run, "CH Suivi Sud " + run);
		UnitId cardiology = organisation.createUnit(north, "Cardiologie");
		UnitId surgery = organisation.createUnit(north, "Chirurgie");
		UnitId home = organisation.createUnit(south, "Soins à domicile");
		PersonId anna = staff("=HYPERLINK(\"http://evil.example\";\"clic\") " + run, cardiology, "infirmier");
		PersonId bruno = staff("Bruno " + run, cardiology, "medecin");
		PersonId chloe = staff("Chloé " + run, surgery, "infirmier");
		staff("Denis " + run, home, "aide-soignant");
		var coordinator = TestPrincipal.coordinatorOf(identity, organisation, region, "coord-suivi-" + run, "Coordinatrice " + run);
		PersonId managerId = identity.createAccount(new NewAccount("cadre-suivi-" + run, "Cadre " + run, null,
				EnumSet.of(Role.MANAGER), null));
		organisation.grantEstablishmentRole(managerId, Role.MANAGER, north, LocalDate.now().minusDays(1));
		var manager = TestPrincipal.of(identity, "cadre-suivi-" + run, Role.MANAGER);
		String module = "telesurveillance-medicale";
		assignments.assign(coordinator, new Assignments.NewAssignment(null, module,
				new AssignmentTarget(AssignmentTarget.Kind.REGION, region.value(), null, 0, null, null),
				DueRule.on(LocalDate.now().plusDays(10))));
		TestModules.complete(catalog, learning, assessmentApi, bruno, module);
		clock.advance(Duration.ofDays(11));

		// The coordinator: both establishments; the north has 3 people, 1 completed, 2 overdue.
		var overview = dashboards.overview(coordinator);
		assertThat(overview.establishments()).extracting(AssignmentDashboards.Line::label)
			.containsExactly("CH Suivi Nord " + run, "CH Suivi Sud " + run);
		AssignmentDashboards.Line northLine = overview.establishments().get(0);
		assertThat(northLine.assigned()).isEqualTo(3);
		assertThat(northLine.completed()).isEqualTo(1);
		assertThat(northLine.overdue()).isEqualTo(2);
		assertThat(northLine.completionPercent()).isEqualTo(33);
		assertThat(overview.total().assigned()).isEqualTo(4);

		var view = dashboards.establishment(coordinator, north.value()).orElseThrow();
		assertThat(view.units()).extracting(AssignmentDashboards.Line::label, AssignmentDashboards.Line::overdue)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("Cardiologie", 1L),
					org.assertj.core.groups.Tuple.tuple("Chirurgie", 1L));
		assertThat(view.professions()).extracting(AssignmentDashboards.Line::key).containsExactlyInAnyOrder("infirmier",
				"medecin");
		assertThat(dashboards.people(coordinator, north.value(), null, "infirmier", true).orElseThrow())
			.extracting(AssignmentDashboards.PersonLine::person).containsExactlyInAnyOrder(anna, chloe);

		// The manager sees the north only; the south is not found for them, nor anything for another region.
		assertThat(dashboards.overview(manager).establishments()).extracting(AssignmentDashboards.Line::key)
			.containsExactly(String.valueOf(north.value()));
		var managerAuth = authentication(manager.authentication());
		mvc.perform(get("/manage/dashboard/establishments/{id}", south.value()).with(managerAuth))
			.andExpect(status().isNotFound());
		mvc.perform(get("/manage/dashboard/establishments/{id}/people.csv", north.value())
			.with(authentication(TestPrincipal.of(identity, "coordinator2", Role.COORDINATOR).authentication())))
			.andExpect(status().isNotFound());
		for (var outsider : java.util.List.of(TestPrincipal.of(identity, "learner", Role.LEARNER),
				TestPrincipal.of(identity, "trainer", Role.LEARNER, Role.TRAINER))) {
			for (String page : java.util.List.of("/manage/dashboard", "/manage/dashboard.csv",
					"/manage/dashboard/establishments/" + north.value(), "/manage/assignments",
					"/api/v1/reports/establishments/" + north.value())) {
				mvc.perform(get(page).with(authentication(outsider.authentication()))).andExpect(status().isForbidden());
			}
		}

		// Pages: chart and table, links down to the person's records.
		mvc.perform(get("/manage/dashboard").with(managerAuth))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("CH Suivi Nord " + run)))
			.andExpect(content().string(not(containsString("CH Suivi Sud " + run))))
			.andExpect(content().string(containsString("class=\"chart__bars\"")));
		mvc.perform(get("/manage/dashboard/establishments/{id}/people", north.value()).param("overdue", "true")
			.with(managerAuth))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("/people/" + chloe.value() + "/learning")))
			.andExpect(content().string(not(containsString("/people/" + bruno.value() + "/learning"))));

		// CSV: a name that a spreadsheet would run as a formula is defused.
		byte[] csv = mvc.perform(get("/manage/dashboard/establishments/{id}/people.csv", north.value()).with(managerAuth))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", containsString("text/csv")))
			.andReturn().getResponse().getContentAsByteArray();
		String text = new String(csv, StandardCharsets.UTF_8);
		assertThat(text).startsWith("\uFEFF\"Personne\";\"Unité\";\"Profession\"")
			.contains("\"'=HYPERLINK(\"\"http://evil.example\"\";\"\"clic\"\") " + run + "\"")
			.contains("\"Infirmier ou infirmière\"");
		mvc.perform(get("/manage/dashboard/establishments/{id}/units.csv", north.value()).with(managerAuth))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("\"Cardiologie\";\"2\";\"1\";\"50\";\"1\";\"50\";\"0\"")));

		// Drilling down to a person's records is logged for that person.
		int before = privacy.accessesTo(chloe, 100).size();
		mvc.perform(get("/people/{id}/learning", chloe.value()).with(managerAuth)).andExpect(status().isOk());
		assertThat(privacy.accessesTo(chloe, 100)).hasSize(before + 1);
	}

	@Test
	void theDashboardsShowCertifiedRolesPerEstablishment() throws Exception {
		var manager = authentication(TestPrincipal.of(identity, "manager", Role.MANAGER).authentication());
		mvc.perform(get("/manage/dashboard").param("page", "99").with(manager))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Centre hospitalier de Kerlann")));
		mvc.perform(get("/manage/dashboard/certifications").with(manager))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Centre hospitalier de Kerlann")))
			.andExpect(content().string(containsString("Formateur interne en santé numérique")));
		mvc.perform(get("/manage/dashboard/certifications")
			.with(authentication(TestPrincipal.of(identity, "coordinator2", Role.COORDINATOR).authentication())))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("Centre hospitalier de Kerlann"))));
	}

	private PersonId staff(String name, UnitId unit, String profession) {
		PersonId person = identity.createStaffMember(name, null, null);
		organisation.addMembership(person, unit, profession, LocalDate.now().minusYears(1));
		return person;
	}

}
