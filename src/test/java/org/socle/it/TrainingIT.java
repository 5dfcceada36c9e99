package org.socle.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.socle.catalog.Assessment;
import org.socle.catalog.CatalogApi;
import org.socle.catalog.ModuleOutline;
import org.socle.identity.IdentityApi;
import org.socle.identity.NewAccount;
import org.socle.identity.PersonId;
import org.socle.identity.Role;
import org.socle.learning.Answer;
import org.socle.learning.AssessmentApi;
import org.socle.learning.LearningApi;
import org.socle.organisation.OrganisationApi;
import org.socle.privacy.PrivacyApi;
import org.socle.privacy.RecordKind;
import org.socle.support.SocleIntegrationTest;
import org.socle.support.TestPrincipal;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@SocleIntegrationTest
class TrainingIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	IdentityApi identity;

	@Autowired
	OrganisationApi organisation;

	@Autowired
	LearningApi learning;

	@Autowired
	AssessmentApi assessments;

	@Autowired
	CatalogApi catalog;

	@Autowired
	PrivacyApi privacy;

	@Test
	void aTrainerReadsTheJustificationsOfTheirGroupAndTheReadingIsLogged() throws Exception {
		String run = UUID.randomUUID().toString().substring(0, 8);
		TestPrincipal trainer = person("formatrice-" + run, "Formatrice " + run, "Urgences", Role.TRAINER);
		TestPrincipal learner = person("infirmier-" + run, "Infirmier " + run, "Urgences", Role.LEARNER);
		TestPrincipal elsewhere = person("formateur-" + run, "Formateur ailleurs " + run, "Pharmacie à usage intérieur",
				Role.TRAINER);
		String justification = "Je réduis la dose : clairance basse (" + run + ").";
		passWithJustification(learner.personId(), justification);

		mvc.perform(get("/training").with(authentication(trainer.authentication())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Infirmier " + run)))
			.andExpect(content().string(not(containsString("Formateur ailleurs " + run))));
		mvc.perform(get("/training/people/{id}", learner.personId().value()).with(authentication(trainer.authentication())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(justification)));
		assertThat(privacy.accessesTo(learner.personId(), 10)).anySatisfy(entry -> {
			assertThat(entry.viewer()).isEqualTo(trainer.personId());
			assertThat(entry.kind()).isEqualTo(RecordKind.ASSESSMENT_ANSWERS);
		});

		// Outside their groups, a trainer learns nothing, not even whether the person exists.
		mvc.perform(get("/training/people/{id}", learner.personId().value()).with(authentication(elsewhere.authentication())))
			.andExpect(status().isForbidden());
		mvc.perform(get("/training/people/{id}", 999_999_999L).with(authentication(trainer.authentication())))
			.andExpect(status().isForbidden());
		mvc.perform(get("/training").with(authentication(learner.authentication()))).andExpect(status().isForbidden());
		assertThat(privacy.accessesTo(learner.personId(), 10)).noneMatch(entry -> entry.viewer().equals(elsewhere.personId()));
	}

	private void passWithJustification(PersonId learner, String justification) {
		ModuleOutline module = catalog.currentModule("raisonnement-clinique-algorithmes").orElseThrow();
		learning.enrol(learner, module.slug());
		int attempt = assessments.start(learner, module.slug());
		Map<String, Answer> answers = new HashMap<>();
		for (var question : catalog.assessment(module.versionId()).orElseThrow().questions()) {
			Answer expected = Answer.expectedFor(question);
			answers.put(question.id(), question.type() == Assessment.Type.CLINICAL_CASE
					? new Answer(expected.choices(), justification) : expected);
		}
		assessments.submit(learner, module.slug(), attempt, answers);
	}

	private TestPrincipal person(String username, String name, String unit, Role role) {
		PersonId person = identity.createAccount(new NewAccount(username, name, null, EnumSet.of(Role.LEARNER, role), null));
		organisation.addMembership(person, organisation.findUnit("ch-kerlann", unit).orElseThrow(), "infirmier",
				LocalDate.now().minusDays(3));
		return TestPrincipal.of(identity, username, Role.LEARNER, role);
	}

}
