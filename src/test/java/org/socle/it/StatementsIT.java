package org.socle.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.socle.catalog.CatalogApi;
import org.socle.catalog.LessonRef;
import org.socle.catalog.ModuleOutline;
import org.socle.identity.IdentityApi;
import org.socle.identity.NewAccount;
import org.socle.identity.PersonId;
import org.socle.identity.Role;
import org.socle.learning.Answer;
import org.socle.learning.AssessmentApi;
import org.socle.learning.LearningApi;
import org.socle.learning.LearningEvents;
import org.socle.support.SocleIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@SocleIntegrationTest
class StatementsIT {

	@Autowired
	LearningApi learning;

	@Autowired
	AssessmentApi assessments;

	@Autowired
	CatalogApi catalog;

	@Autowired
	IdentityApi identity;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	JsonMapper json;

	@Test
	void everyLearningEventIsStoredOnceAsAnXapiStatementOfItsRegistration() {
		String username = "it-" + UUID.randomUUID();
		PersonId learner = identity.createAccount(new NewAccount(username, "Apprenante " + username, null,
				EnumSet.of(Role.LEARNER), null));
		ModuleOutline module = catalog.currentModule("raisonnement-clinique-algorithmes").orElseThrow();
		learning.enrol(learner, module.slug());
		learning.enrol(learner, module.slug());
		for (LessonRef lesson : module.lessons()) {
			learning.recordLessonRead(learner, module.slug(), lesson.slug());
			learning.recordLessonRead(learner, module.slug(), lesson.slug());
		}
		int attempt = assessments.start(learner, module.slug());
		Map<String, Answer> answers = new HashMap<>();
		var questions = catalog.assessment(module.versionId()).orElseThrow().questions();
		questions.forEach(question -> answers.put(question.id(), Answer.expectedFor(question)));
		assessments.submit(learner, module.slug(), attempt, answers);

		int expected = 1 + module.lessons().size() + questions.size() + 1 + 1;
		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(verbsOf(learner)).hasSize(expected));

		assertThat(verbsOf(learner)).containsOnly("launched", "experienced", "answered", "passed", "completed");
		String registration = LearningEvents.registration(learner, module.slug()).toString();
		assertThat(jdbc.queryForList("select distinct registration from xapi_statement where actor_person_id = ?",
				String.class, learner.value())).containsExactly(registration);
		JsonNode passed = json.readTree(jdbc.queryForObject("select statement_json from xapi_statement"
				+ " where actor_person_id = ? and verb like '%/passed'", String.class, learner.value()));
		assertThat(passed.at("/result/score/scaled").asDouble()).isEqualTo(1.0);
		assertThat(passed.at("/actor/account/name").asString()).isEqualTo(String.valueOf(learner.value()));
		assertThat(passed.at("/actor/mbox").isMissingNode()).as("no e-mail address in statements").isTrue();
		assertThat(passed.at("/context/registration").asString()).isEqualTo(registration);
		assertThat(passed.at("/verb/id").asString()).isEqualTo("http://adlnet.gov/expapi/verbs/passed");
		assertThat(jdbc.queryForList("select statement_json from xapi_statement where actor_person_id = ? and verb like"
				+ " '%/answered'", String.class, learner.value()))
			.as("a clinical case's justification stays in the attempt, not in statements")
			.noneMatch(statement -> statement.contains("Décision justifiée"));
	}

	private List<String> verbsOf(PersonId learner) {
		return jdbc.queryForList("select verb from xapi_statement where actor_person_id = ?", String.class, learner.value())
			.stream()
			.map(verb -> verb.substring(verb.lastIndexOf('/') + 1))
			.toList();
	}

}
