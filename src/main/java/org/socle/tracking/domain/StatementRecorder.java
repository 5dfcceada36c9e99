package org.socle.tracking.domain;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.socle.catalog.ModuleVersionId;
import org.socle.identity.PersonId;
import org.socle.learning.LearningEvents;
import org.socle.learning.LearningEvents.AttemptGraded;
import org.socle.learning.LearningEvents.LessonRead;
import org.socle.learning.LearningEvents.ModuleLaunched;
import org.socle.learning.LearningEvents.QuestionResult;
import org.socle.learning.ModuleCompleted;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns every learning event into xAPI 1.0.3 statements (launched, experienced, answered, completed,
 * passed, failed), stored once each: the statement id is derived from the event, and a repeated id
 * changes nothing. Listens after the learning transaction commits, through the event publication
 * registry, so a statement is never lost to a crash between the two.
 */
@Component
class StatementRecorder {

	static final String VERBS = "http://adlnet.gov/expapi/verbs/";

	private final JdbcTemplate jdbc;

	private final JsonMapper json;

	private final Clock clock;

	private final String base;

	StatementRecorder(JdbcTemplate jdbc, JsonMapper json, Clock clock,
			@Value("${socle.public-url:http://localhost:8080}") String publicUrl) {
		this.jdbc = jdbc;
		this.json = json;
		this.clock = clock;
		this.base = publicUrl.replaceAll("/+$", "");
	}

	@ApplicationModuleListener
	void on(ModuleLaunched event) {
		record("launched", event.learner(), event.moduleSlug(), module(event.moduleSlug(), event.version()), "module",
				null, event.at(), "launched:" + event.learner().value() + ":" + event.moduleSlug());
	}

	@ApplicationModuleListener
	void on(LessonRead event) {
		record("experienced", event.learner(), event.moduleSlug(),
				module(event.moduleSlug(), event.version()) + "/lessons/" + event.lessonSlug(), "lesson",
				event.seconds() > 0 ? Map.of("duration", java.time.Duration.ofSeconds(event.seconds()).toString()) : null,
				event.at(),
				"experienced:" + event.learner().value() + ":" + event.moduleSlug() + ":" + event.lessonSlug());
	}

	@ApplicationModuleListener
	void on(AttemptGraded event) {
		String assessment = module(event.moduleSlug(), event.version()) + "/assessment";
		String key = event.learner().value() + ":" + event.moduleSlug() + ":" + event.attempt();
		for (QuestionResult question : event.questions()) {
			Map<String, Object> result = new LinkedHashMap<>();
			result.put("success", question.correct());
			result.put("response", question.response());
			record("answered", event.learner(), event.moduleSlug(), assessment + "/questions/" + question.questionId(),
					"cmi.interaction", result, event.at(), "answered:" + key + ":" + question.questionId());
		}
		Map<String, Object> score = new LinkedHashMap<>();
		score.put("scaled", event.score() / 100.0);
		score.put("raw", event.score());
		score.put("min", 0);
		score.put("max", 100);
		Map<String, Object> result = new LinkedHashMap<>();
		result.put("score", score);
		result.put("success", event.passed());
		result.put("completion", true);
		record(event.passed() ? "passed" : "failed", event.learner(), event.moduleSlug(), assessment, "assessment", result,
				event.at(), "graded:" + key);
	}

	@ApplicationModuleListener
	void on(ModuleCompleted event) {
		record("completed", event.learner(), event.moduleSlug(), module(event.moduleSlug(), event.version()), "module",
				Map.of("completion", true), event.completedAt(),
				"completed:" + event.learner().value() + ":" + event.moduleSlug());
	}

	private String module(String slug, ModuleVersionId version) {
		return base + "/xapi/activities/modules/" + slug + "/versions/" + version.value();
	}

	private void record(String verb, PersonId learner, String slug, String objectId, String activityType,
			Map<String, Object> result, Instant at, String eventKey) {
		UUID id = UUID.nameUUIDFromBytes(("socle:statement:" + eventKey).getBytes(StandardCharsets.UTF_8));
		UUID registration = LearningEvents.registration(learner, slug);
		Map<String, Object> statement = new LinkedHashMap<>();
		statement.put("id", id.toString());
		// An account on this platform identifies the actor: no name, no e-mail address (data minimisation).
		statement.put("actor", Map.of("objectType", "Agent", "account",
				Map.of("homePage", base, "name", String.valueOf(learner.value()))));
		statement.put("verb", Map.of("id", VERBS + verb, "display", Map.of("en-US", verb)));
		statement.put("object", Map.of("objectType", "Activity", "id", objectId, "definition",
				Map.of("type", activityType.startsWith("cmi") ? "http://adlnet.gov/expapi/activities/cmi.interaction"
						: "http://adlnet.gov/expapi/activities/" + activityType)));
		if (result != null) {
			statement.put("result", result);
		}
		statement.put("context", Map.of("registration", registration.toString(), "platform", "Socle", "language", "fr-FR"));
		statement.put("timestamp", at.toString());
		statement.put("version", "1.0.3");
		Instant stored = clock.instant();
		statement.put("stored", stored.toString());
		jdbc.update("insert ignore into xapi_statement (id, actor_person_id, verb, object_id, registration, occurred_at,"
				+ " stored_at, statement_json) values (?, ?, ?, ?, ?, ?, ?, ?)", id.toString(), learner.value(), VERBS + verb,
				objectId, registration.toString(), LocalDateTime.ofInstant(at, ZoneOffset.UTC),
				LocalDateTime.ofInstant(stored, ZoneOffset.UTC), json.writeValueAsString(statement));
	}

}
