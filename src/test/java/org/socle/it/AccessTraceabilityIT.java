package org.socle.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.socle.identity.IdentityApi;
import org.socle.identity.PersonId;
import org.socle.identity.Role;
import org.socle.privacy.AccessLogEntry;
import org.socle.privacy.PrivacyApi;
import org.socle.privacy.RecordKind;
import org.socle.support.SocleIntegrationTest;
import org.socle.support.TestPrincipal;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Whoever reads another person's learning records leaves a trace that person can read; reading
 * one's own records leaves none, and nobody reads records outside their scope.
 */
@SocleIntegrationTest
class AccessTraceabilityIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	IdentityApi identity;

	@Autowired
	PrivacyApi privacy;

	@Test
	void aManagerReadingALearnersProgressIsShownToTheLearner() throws Exception {
		PersonId learner = demo("learner");
		TestPrincipal manager = principal("manager", Role.LEARNER, Role.MANAGER);
		int before = privacy.accessesTo(learner, 1000).size();

		mvc.perform(get("/people/{id}/learning", learner.value()).with(authentication(manager.authentication())))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Camille Martin")));

		List<AccessLogEntry> entries = privacy.accessesTo(learner, 1000);
		assertThat(entries).hasSize(before + 1);
		assertThat(entries.get(0)).satisfies(entry -> {
			assertThat(entry.viewer()).isEqualTo(manager.personId());
			assertThat(entry.viewerName()).isEqualTo("Sophie Bernard");
			assertThat(entry.kind()).isEqualTo(RecordKind.LEARNING_PROGRESS);
			assertThat(entry.page()).isEqualTo("/people/" + learner.value() + "/learning");
		});

		mvc.perform(get("/privacy/access-log").with(authentication(principal("learner", Role.LEARNER).authentication())))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Sophie Bernard")));
	}

	@Test
	void readingOnesOwnRecordsWritesNothing() throws Exception {
		PersonId learner = demo("learner");
		TestPrincipal self = principal("learner", Role.LEARNER);
		int before = privacy.accessesTo(learner, 1000).size();

		mvc.perform(get("/").with(authentication(self.authentication()))).andExpect(status().isOk());
		mvc.perform(get("/people/{id}/learning", learner.value()).with(authentication(self.authentication())))
			.andExpect(status().isForbidden());
		privacy.recordAccess(learner, learner, RecordKind.LEARNING_PROGRESS, "/");

		assertThat(privacy.accessesTo(learner, 1000)).hasSize(before);
	}

	@Test
	void aCoordinatorOfAnotherRegionCannotReadTheRecordsAndLeavesNoTrace() throws Exception {
		PersonId learner = demo("learner");
		int before = privacy.accessesTo(learner, 1000).size();

		mvc.perform(get("/people/{id}/learning", learner.value())
			.with(authentication(principal("coordinator2", Role.COORDINATOR).authentication())))
			.andExpect(status().isForbidden());

		assertThat(privacy.accessesTo(learner, 1000)).hasSize(before);
	}

	@Test
	void theCoordinatorOfTheLearnersRegionMayReadTheRecords() throws Exception {
		PersonId learner = demo("learner");

		mvc.perform(get("/people/{id}/learning", learner.value())
			.with(authentication(principal("coordinator", Role.COORDINATOR).authentication())))
			.andExpect(status().isOk());

		assertThat(privacy.accessesTo(learner, 1)).singleElement()
			.satisfies(entry -> assertThat(entry.viewerName()).isEqualTo("Yann Quéré"));
	}

	@Test
	void aManagerWithoutTheManagerRoleAnyMoreHasNoScope() throws Exception {
		mvc.perform(get("/people/{id}/learning", demo("learner").value())
			.with(authentication(principal("manager", Role.LEARNER, Role.TRAINER).authentication())))
			.andExpect(status().isForbidden());
	}

	@Test
	void aLearnerViewingTheirOwnRecordsThroughTheManagersPageIsSentToTheirDashboard() throws Exception {
		PersonId manager = demo("manager");
		mvc.perform(get("/people/{id}/learning", manager.value())
			.with(authentication(principal("manager", Role.LEARNER, Role.MANAGER).authentication())))
			.andExpect(redirectedUrl("/"));
	}

	private PersonId demo(String username) {
		return identity.personByUsername(username).orElseThrow().id();
	}

	private TestPrincipal principal(String username, Role... roles) {
		return TestPrincipal.of(identity, username, roles);
	}

}
