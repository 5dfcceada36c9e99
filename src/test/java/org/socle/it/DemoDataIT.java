package org.socle.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.EnumSet;

import org.junit.jupiter.api.Test;
import org.socle.identity.IdentityApi;
import org.socle.identity.Role;
import org.socle.learning.LearningApi;
import org.socle.organisation.OrganisationApi;
import org.socle.support.SocleIntegrationTest;
import org.socle.support.TestPrincipal;
import org.springframework.beans.factory.annotation.Autowired;

@SocleIntegrationTest
class DemoDataIT {

	@Autowired
	IdentityApi identity;

	@Autowired
	OrganisationApi organisation;

	@Autowired
	LearningApi learning;

	@Autowired
	org.springframework.test.web.servlet.MockMvc mvc;

	@Test
	void theSharedListOfProfessionsIsTheReferenceTable() {
		assertThat(organisation.professionCodes())
			.containsExactlyInAnyOrderElementsOf(org.socle.shared.reference.Professions.CODES);
	}

	@Autowired
	org.socle.certification.CertificationApi certification;

	@Test
	void theDemoTrainerHoldsAnActiveInternalTrainerCertificateAndTheLearnerARevokedOne() throws Exception {
		var trainer = identity.personByUsername("trainer").orElseThrow().id();
		var learner = identity.personByUsername("learner").orElseThrow().id();

		assertThat(certification.certificatesOf(trainer)).anySatisfy(certificate -> {
			assertThat(certificate.programme()).isEqualTo("formateur-interne");
			assertThat(certificate.state()).isEqualTo(org.socle.certification.CertificateState.ACTIVE);
		});
		assertThat(certification.certificatesOf(learner)).anySatisfy(certificate -> {
			assertThat(certificate.programme()).isEqualTo("referent-numerique");
			assertThat(certificate.state()).isEqualTo(org.socle.certification.CertificateState.REVOKED);
			assertThat(certificate.revocationReason()).isNotBlank();
		});
		mvc.perform(get("/api/v1/me/certificates")
			.with(authentication(TestPrincipal.of(identity, "trainer", Role.LEARNER, Role.TRAINER).authentication())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.programme == 'formateur-interne')].status").value("active"));
	}

	@Test
	void oneAccountPerRoleExists() {
		assertThat(new String[] { "learner", "trainer", "trainer2", "manager", "coordinator", "coordinator2", "admin" })
			.allSatisfy(username -> assertThat(identity.personByUsername(username)).isPresent());
	}

	@Test
	void theDemoLearnerHasOneModuleInProgress() {
		var learner = identity.personByUsername("learner").orElseThrow().id();
		assertThat(learning.progressOf(learner)).anySatisfy(progress -> {
			assertThat(progress.completed()).isFalse();
			assertThat(progress.lessonsReadCount()).isPositive();
		});
	}

	@Test
	void theDemoLearnerReadsOneCompletedAndOneModuleInProgressAsJson() throws Exception {
		var learner = TestPrincipal.of(identity, "learner", Role.LEARNER).authentication();
		mvc.perform(get("/api/v1/me/enrolments").with(authentication(learner)))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("application/json"))
			.andExpect(jsonPath("$[?(@.status == 'completed')].score").value(org.hamcrest.Matchers.hasItem(100)))
			.andExpect(jsonPath("$[?(@.status == 'completed')].completedAt").isNotEmpty())
			.andExpect(jsonPath("$[?(@.status == 'completed')].percentComplete").value(org.hamcrest.Matchers.hasItem(100)))
			.andExpect(jsonPath("$[?(@.status == 'in_progress')].moduleId").isNotEmpty())
			.andExpect(jsonPath("$[?(@.status == 'in_progress')].completedAt").isEmpty())
			.andExpect(jsonPath("$[*].version").value(org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.greaterThan(0))));
		mvc.perform(get("/api/v1/me/enrolments")).andExpect(status().is3xxRedirection());
	}

	@Test
	void eachListsTheEstablishmentsOfTheirScopeOnly() throws Exception {
		mvc.perform(get("/api/v1/establishments")
			.with(authentication(TestPrincipal.of(identity, "coordinator2", Role.COORDINATOR).authentication())))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].code").value(org.hamcrest.Matchers.containsInAnyOrder("ch-val-lauragais", "ssiad-garonne")))
			.andExpect(jsonPath("$[*].regionCode").value(org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.is("occitanie"))));
		mvc.perform(get("/api/v1/establishments")
			.with(authentication(TestPrincipal.of(identity, "manager", Role.MANAGER).authentication())))
			.andExpect(jsonPath("$[*].code").value(org.hamcrest.Matchers.contains("ch-kerlann")));
		mvc.perform(get("/api/v1/establishments")
			.with(authentication(TestPrincipal.of(identity, "learner", Role.LEARNER).authentication())))
			.andExpect(status().isForbidden());
	}

	@Test
	void twoRegionsShareAboutThirtyPeopleInSeveralEstablishments() {
		assertThat(organisation.regionExists("bretagne")).isTrue();
		assertThat(organisation.regionExists("occitanie")).isTrue();
		var admin = identity.personByUsername("admin").orElseThrow();
		var staff = organisation.staffVisibleTo(new TestPrincipal(admin.id(), admin.displayName(), EnumSet.of(Role.ADMIN)));
		assertThat(staff.size()).isGreaterThanOrEqualTo(28);
		assertThat(staff.stream().map(placement -> placement.establishmentName()).distinct().count())
			.isGreaterThanOrEqualTo(3);
		assertThat(staff.stream().map(placement -> placement.professionCode()).distinct().count())
			.isGreaterThanOrEqualTo(8);
	}

	@Test
	void aManagerSeesOnlyTheirEstablishmentAndACoordinatorOnlyTheirRegion() {
		var manager = identity.personByUsername("manager").orElseThrow();
		var coordinator2 = identity.personByUsername("coordinator2").orElseThrow();

		var managerStaff = organisation
			.staffVisibleTo(new TestPrincipal(manager.id(), manager.displayName(), EnumSet.of(Role.MANAGER)));
		var coordinatorStaff = organisation.staffVisibleTo(
				new TestPrincipal(coordinator2.id(), coordinator2.displayName(), EnumSet.of(Role.COORDINATOR)));

		assertThat(managerStaff).isNotEmpty()
			.allSatisfy(placement -> assertThat(placement.establishmentName()).isEqualTo("Centre hospitalier de Kerlann"));
		assertThat(coordinatorStaff).isNotEmpty()
			.allSatisfy(placement -> assertThat(placement.regionName()).isEqualTo("ARS Occitanie"));
	}

}
