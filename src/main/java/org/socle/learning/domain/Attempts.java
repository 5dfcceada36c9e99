package org.socle.learning.domain;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.socle.catalog.Assessment;
import org.socle.catalog.Assessment.Feedback;
import org.socle.catalog.Assessment.Option;
import org.socle.catalog.Assessment.Question;
import org.socle.catalog.CatalogApi;
import org.socle.catalog.ModuleOutline;
import org.socle.catalog.ModuleVersionId;
import org.socle.identity.PersonId;
import org.socle.learning.Answer;
import org.socle.learning.AssessmentApi;
import org.socle.learning.AssessmentOverview;
import org.socle.learning.AttemptRecord;
import org.socle.learning.AttemptRuleViolation;
import org.socle.learning.AttemptView;
import org.socle.learning.AttemptView.PaperQuestion;
import org.socle.learning.LearningEvents;
import org.socle.learning.ModuleCompleted;
import org.socle.learning.UnknownModuleException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Attempts at a module's assessment, in read-committed transactions (no gap locks, so learners never
 * deadlock each other). Every step is safe against two tabs, double clicks and retries:
 * starting takes the enrolment's row lock (one open attempt, numbers unique, the limit never
 * exceeded); saving and submitting go through one conditional update of the attempt's row, so an
 * answer acknowledged before the submission is graded and none is accepted after it. Grading happens
 * here only, from the module version's published answers; nothing the browser says about a score is
 * read.
 */
@Service
public class Attempts implements AssessmentApi {

	private static final SecureRandom SEEDS = new SecureRandom();

	private final EnrolmentRepository enrolments;

	private final CatalogApi catalog;

	private final JdbcTemplate jdbc;

	private final JsonMapper json;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	Attempts(EnrolmentRepository enrolments, CatalogApi catalog, JdbcTemplate jdbc, JsonMapper json,
			ApplicationEventPublisher events, Clock clock) {
		this.enrolments = enrolments;
		this.catalog = catalog;
		this.jdbc = jdbc;
		this.json = json;
		this.events = events;
		this.clock = clock;
	}

	/** The assessment of the module a person is enrolled in, with their attempts. */
	@Override
	@Transactional(isolation = Isolation.READ_COMMITTED)
	public AssessmentOverview overview(PersonId learner, String slug) {
		Enrolled enrolled = enrolled(learner, slug);
		closeExpired(enrolled);
		List<AssessmentOverview.PastAttempt> past = jdbc.query(
				"select number, started_at, submitted_at, score, passed from attempt where enrolment_id = ? order by number",
				(row, i) -> new AssessmentOverview.PastAttempt(row.getInt("number"), instant(row, "started_at"),
						instant(row, "submitted_at"), (Integer) row.getObject("score", Integer.class),
						(Boolean) row.getObject("passed", Boolean.class)),
				enrolled.enrolment().id());
		Integer open = past.stream().filter(attempt -> attempt.submittedAt() == null).map(AssessmentOverview.PastAttempt::number)
			.findFirst().orElse(null);
		int limit = enrolled.assessment().attempts();
		int left = limit == 0 ? -1 : Math.max(0, limit - past.size());
		return jdbc.queryForObject("select assessment_passed_at, best_score from enrolment where id = ?",
				(row, i) -> new AssessmentOverview(enrolled.module(), enrolled.assessment(), past, open, left,
						instant(row, "assessment_passed_at"), (Integer) row.getObject("best_score", Integer.class)),
				enrolled.enrolment().id());
	}

	/**
	 * Starts an attempt, or returns the one under way: starting twice gives the same attempt.
	 *
	 * @return its number
	 */
	@Override
	@Transactional(isolation = Isolation.READ_COMMITTED)
	public int start(PersonId learner, String slug) {
		Enrolled enrolled = enrolled(learner, slug);
		Instant now = clock.instant();
		// Everything below happens under the enrolment's row lock: concurrent starts queue here.
		enrolments.lockForActivity(enrolled.enrolment().id(), now);
		closeExpired(enrolled);
		// Read committed: having waited for the enrolment's lock, this read sees what a concurrent start
		// committed (a repeatable read would see its old snapshot, a locking read would lock gaps).
		List<int[]> existing = jdbc.query("select number, open_enrolment_id from attempt where enrolment_id = ?"
				+ " order by number", (row, i) -> new int[] { row.getInt("number"),
						row.getObject("open_enrolment_id") == null ? 0 : 1 },
				enrolled.enrolment().id());
		for (int[] attempt : existing) {
			if (attempt[1] == 1) {
				return attempt[0];
			}
		}
		int started = existing.size();
		Assessment assessment = enrolled.assessment();
		if (assessment.attempts() > 0 && started >= assessment.attempts()) {
			throw new AttemptRuleViolation("no-attempts-left");
		}
		long seed = SEEDS.nextLong();
		int number = started + 1;
		jdbc.update("insert into attempt (enrolment_id, open_enrolment_id, number, seed, question_ids, started_at,"
				+ " deadline_at) values (?, ?, ?, ?, ?, ?, ?)", enrolled.enrolment().id(), enrolled.enrolment().id(), number,
				seed, String.join(",", draw(assessment, seed)), utc(now),
				assessment.timeLimit() > 0 ? utc(now.plus(Duration.ofMinutes(assessment.timeLimit()))) : null);
		return number;
	}

	/** The attempt as it stands; an attempt whose time is up is submitted first, with what was saved. */
	@Override
	@Transactional(isolation = Isolation.READ_COMMITTED)
	public AttemptView attempt(PersonId learner, String slug, int number) {
		Enrolled enrolled = enrolled(learner, slug);
		closeExpired(enrolled);
		return view(enrolled, row(enrolled, number));
	}

	/**
	 * Saves answers while the attempt is open and its time not up; an answer saved again replaces
	 * the previous one. Answers to questions not drawn for this attempt are ignored.
	 */
	@Override
	@Transactional(isolation = Isolation.READ_COMMITTED)
	public void save(PersonId learner, String slug, int number, Map<String, Answer> answers) {
		Enrolled enrolled = enrolled(learner, slug);
		AttemptRow attempt = row(enrolled, number);
		Instant now = clock.instant();
		int open = jdbc.update("update attempt set last_saved_at = ? where id = ? and submitted_at is null"
				+ " and (deadline_at is null or deadline_at > ?)", utc(now), attempt.id(), utc(now));
		if (open == 0) {
			throw new AttemptRuleViolation(attempt.submittedAt() != null ? "submitted" : "time-up");
		}
		for (String questionId : attempt.questionIds()) {
			Answer answer = answers.get(questionId);
			if (answer == null) {
				continue;
			}
			String text = json.writeValueAsString(answer);
			if (text.length() > 8000) {
				throw new AttemptRuleViolation("answer-too-long");
			}
			// Under the attempt's row lock taken above: nobody else writes these rows meanwhile.
			if (jdbc.update("update attempt_answer set answer_json = ?, saved_at = ? where attempt_id = ? and question_id = ?",
					text, utc(now), attempt.id(), questionId) == 0) {
				jdbc.update("insert into attempt_answer (attempt_id, question_id, answer_json, saved_at) values (?, ?, ?, ?)",
						attempt.id(), questionId, text, utc(now));
			}
		}
	}

	/**
	 * Saves the last answers (when there is still time) and submits: graded once, whoever clicks
	 * twice. Passing records the first pass and completes the module when its rule is met.
	 */
	@Override
	@Transactional(isolation = Isolation.READ_COMMITTED)
	public void submit(PersonId learner, String slug, int number, Map<String, Answer> lastAnswers) {
		Enrolled enrolled = enrolled(learner, slug);
		AttemptRow attempt = row(enrolled, number);
		if (attempt.submittedAt() != null) {
			return;
		}
		if (!lastAnswers.isEmpty() && (attempt.deadlineAt() == null || attempt.deadlineAt().isAfter(clock.instant()))) {
			try {
				save(learner, slug, number, lastAnswers);
			}
			catch (AttemptRuleViolation closedMeanwhile) {
				// Another click submitted it (or time ran out) a moment ago: that submission stands.
				close(enrolled, row(enrolled, number), clock.instant());
				return;
			}
		}
		close(enrolled, attempt, clock.instant());
	}

	@Override
	@Transactional(readOnly = true)
	public List<AttemptRecord> attemptsOf(PersonId learner) {
		record Row(long id, int number, Instant submittedAt, Integer score, Boolean passed, ModuleVersionId version) {
		}
		List<Row> rows = jdbc.query("select a.id, a.number, a.submitted_at, a.score, a.passed, e.module_version_id"
				+ " from attempt a join enrolment e on e.id = a.enrolment_id where e.person_id = ? and a.submitted_at is not null"
				+ " order by e.module_slug, a.number", (row, i) -> new Row(row.getLong("id"), row.getInt("number"),
						instant(row, "submitted_at"), (Integer) row.getObject("score", Integer.class),
						(Boolean) row.getObject("passed", Boolean.class), new ModuleVersionId(row.getLong("module_version_id"))),
				learner.value());
		if (rows.isEmpty()) {
			return List.of();
		}
		List<ModuleVersionId> versions = rows.stream().map(Row::version).distinct().toList();
		Map<ModuleVersionId, ModuleOutline> outlines = catalog.versions(versions);
		Map<ModuleVersionId, Map<String, Question>> pools = new HashMap<>();
		versions.forEach(version -> pools.put(version, catalog.assessment(version).map(Attempts::pool).orElse(Map.of())));
		Map<Long, Map<String, Answer>> answers = new HashMap<>();
		jdbc.query("select a.attempt_id, a.question_id, a.answer_json from attempt_answer a join attempt t on t.id = a.attempt_id"
				+ " join enrolment e on e.id = t.enrolment_id where e.person_id = ?", row -> {
					answers.computeIfAbsent(row.getLong("attempt_id"), id -> new LinkedHashMap<>())
						.put(row.getString("question_id"), json.readValue(row.getString("answer_json"), Answer.class));
				}, learner.value());
		List<AttemptRecord> records = new ArrayList<>();
		for (Row row : rows) {
			List<AttemptRecord.CaseAnswer> cases = new ArrayList<>();
			answers.getOrDefault(row.id(), Map.of()).forEach((questionId, answer) -> {
				Question question = pools.get(row.version()).get(questionId);
				if (question != null && question.type() == Assessment.Type.CLINICAL_CASE) {
					cases.add(new AttemptRecord.CaseAnswer(question.prompt(), question.caseDetails().vignette(),
							question.caseDetails().suggestion(), answer.choices().isEmpty() ? "" : answer.choices().get(0),
							question.caseDetails().expected().name().toLowerCase(java.util.Locale.ROOT), answer.text()));
				}
			});
			records.add(new AttemptRecord(outlines.get(row.version()), row.number(), row.submittedAt(), row.score(),
					row.passed(), List.copyOf(cases)));
		}
		return records;
	}

	@Override
	@Transactional(readOnly = true)
	public Assessment assessmentOf(PersonId learner, String slug) {
		return enrolled(learner, slug).assessment();
	}

	/** Submits every attempt of this enrolment whose time is up, with the answers saved in time. */
	private void closeExpired(Enrolled enrolled) {
		Instant now = clock.instant();
		List<AttemptRow> expired = jdbc.query("select * from attempt where open_enrolment_id = ? and deadline_at <= ?",
				this::attemptRow, enrolled.enrolment().id(), utc(now));
		for (AttemptRow attempt : expired) {
			close(enrolled, attempt, attempt.deadlineAt());
		}
	}

	private void close(Enrolled enrolled, AttemptRow attempt, Instant at) {
		if (jdbc.update("update attempt set submitted_at = ?, open_enrolment_id = null where id = ? and submitted_at is null",
				utc(at), attempt.id()) == 0) {
			return;
		}
		Map<String, Answer> answers = answers(attempt.id());
		Map<String, Question> pool = pool(enrolled.assessment());
		int points = 0;
		int max = 0;
		List<LearningEvents.QuestionResult> results = new ArrayList<>();
		for (String questionId : attempt.questionIds()) {
			Question question = pool.get(questionId);
			if (question == null) {
				continue;
			}
			max += question.points();
			Answer answer = answers.get(questionId);
			boolean correct = answer != null && answer.isCorrectFor(question);
			points += correct ? question.points() : 0;
			results.add(new LearningEvents.QuestionResult(questionId, correct,
					answer == null ? "" : String.join("[,]", answer.choices().isEmpty() || question.type() == Assessment.Type.NUMERIC
							|| question.type() == Assessment.Type.SHORT_TEXT ? List.of(answer.text()) : answer.choices())));
			if (answer != null) {
				jdbc.update("update attempt_answer set correct = ?, points = ? where attempt_id = ? and question_id = ?",
						correct, correct ? question.points() : 0, attempt.id(), questionId);
			}
		}
		int score = max == 0 ? 0 : (int) Math.floor(100.0 * points / max);
		boolean passed = score >= enrolled.assessment().passMark();
		jdbc.update("update attempt set points = ?, max_points = ?, score = ?, passed = ? where id = ?", points, max, score,
				passed, attempt.id());
		events.publishEvent(new LearningEvents.AttemptGraded(enrolled.person(), enrolled.module().slug(),
				enrolled.module().versionId(), attempt.number(), score, enrolled.assessment().passMark(), passed,
				List.copyOf(results), at));
		long enrolment = enrolled.enrolment().id();
		jdbc.update("update enrolment set best_score = ? where id = ? and (best_score is null or best_score < ?)", score,
				enrolment, score);
		if (passed) {
			jdbc.update("update enrolment set assessment_passed_at = ? where id = ? and assessment_passed_at is null",
					utc(at), enrolment);
			if (enrolments.completeIfRuleMet(enrolment, at) == 1) {
				events.publishEvent(new ModuleCompleted(enrolled.person(), enrolled.module().slug(),
						enrolled.module().versionId(), at));
			}
		}
	}

	private AttemptView view(Enrolled enrolled, AttemptRow attempt) {
		Assessment assessment = enrolled.assessment();
		Map<String, Question> pool = pool(assessment);
		List<PaperQuestion> questions = new ArrayList<>();
		int position = 1;
		for (String id : attempt.questionIds()) {
			Question question = pool.get(id);
			if (question != null) {
				questions.add(paperQuestion(position++, question, attempt.seed(), assessment.shuffle()));
			}
		}
		Map<String, Boolean> results = new HashMap<>();
		if (attempt.submittedAt() != null) {
			jdbc.query("select question_id, correct from attempt_answer where attempt_id = ?", row -> {
				results.put(row.getString("question_id"), row.getBoolean("correct"));
			}, attempt.id());
		}
		boolean passed = Boolean.TRUE.equals(attempt.passed());
		boolean feedback = attempt.submittedAt() != null && (assessment.feedback() == Feedback.AFTER_SUBMISSION
				|| assessment.feedback() == Feedback.AFTER_PASS && passed);
		return new AttemptView(enrolled.module(), assessment, attempt.number(), attempt.submittedAt() == null,
				attempt.startedAt(), attempt.deadlineAt(), attempt.lastSavedAt(), attempt.submittedAt(), attempt.score(),
				attempt.passed(), questions, answers(attempt.id()), results, feedback);
	}

	/** The pool's question ids for a new attempt: drawn and ordered by its seed. */
	static List<String> draw(Assessment assessment, long seed) {
		List<String> ids = new ArrayList<>(assessment.questions().stream().map(Question::id).toList());
		if (assessment.shuffle() || assessment.draw() > 0) {
			Collections.shuffle(ids, new Random(seed));
		}
		if (assessment.draw() > 0 && assessment.draw() < ids.size()) {
			List<String> drawn = new ArrayList<>(ids.subList(0, assessment.draw()));
			if (!assessment.shuffle()) {
				// drawn at random, shown in the author's order
				drawn.sort(java.util.Comparator.comparingInt(id -> indexOf(assessment, id)));
			}
			return drawn;
		}
		if (!assessment.shuffle()) {
			return assessment.questions().stream().map(Question::id).toList();
		}
		return ids;
	}

	/** Options shuffled by the attempt's seed (when the module says so); items always shown out of order. */
	static PaperQuestion paperQuestion(int position, Question question, long seed, boolean shuffle) {
		Random random = new Random(seed ^ question.id().hashCode());
		List<Option> options = new ArrayList<>(question.options() == null ? List.of() : question.options());
		if (shuffle) {
			Collections.shuffle(options, random);
		}
		int count = question.items() != null && !question.items().isEmpty() ? question.items().size()
				: question.pairs() == null ? 0 : question.pairs().size();
		List<Integer> items = new ArrayList<>();
		List<Integer> rights = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			items.add(i);
			rights.add(i);
		}
		if (question.type() == Assessment.Type.ORDERING) {
			Collections.shuffle(items, random);
		}
		Collections.shuffle(rights, random);
		return new PaperQuestion(position, question, List.copyOf(options), List.copyOf(items), List.copyOf(rights));
	}

	private static int indexOf(Assessment assessment, String id) {
		for (int i = 0; i < assessment.questions().size(); i++) {
			if (assessment.questions().get(i).id().equals(id)) {
				return i;
			}
		}
		return Integer.MAX_VALUE;
	}

	private Map<String, Answer> answers(long attemptId) {
		Map<String, Answer> answers = new LinkedHashMap<>();
		jdbc.query("select question_id, answer_json from attempt_answer where attempt_id = ?", row -> {
			answers.put(row.getString("question_id"), json.readValue(row.getString("answer_json"), Answer.class));
		}, attemptId);
		return answers;
	}

	private static Map<String, Question> pool(Assessment assessment) {
		Map<String, Question> pool = new HashMap<>();
		assessment.questions().forEach(question -> pool.put(question.id(), question));
		return pool;
	}

	private record Enrolled(PersonId person, Enrolment enrolment, ModuleOutline module, Assessment assessment) {
	}

	private Enrolled enrolled(PersonId learner, String slug) {
		Enrolment enrolment = enrolments.findByPersonIdAndModuleSlug(learner.value(), slug)
			.orElseThrow(() -> new UnknownModuleException(slug));
		ModuleOutline module = catalog.versions(List.of(enrolment.moduleVersionId())).get(enrolment.moduleVersionId());
		Assessment assessment = catalog.assessment(enrolment.moduleVersionId())
			.orElseThrow(() -> new UnknownModuleException(slug + "/assessment"));
		return new Enrolled(learner, enrolment, module, assessment);
	}

	private record AttemptRow(long id, int number, long seed, List<String> questionIds, Instant startedAt,
			Instant deadlineAt, Instant lastSavedAt, Instant submittedAt, Integer score, Boolean passed) {
	}

	private AttemptRow row(Enrolled enrolled, int number) {
		return jdbc.query("select * from attempt where enrolment_id = ? and number = ?", this::attemptRow,
				enrolled.enrolment().id(), number)
			.stream()
			.findFirst()
			.orElseThrow(() -> new UnknownModuleException(enrolled.module().slug() + "/attempts/" + number));
	}

	private AttemptRow attemptRow(java.sql.ResultSet row, int index) throws java.sql.SQLException {
		return new AttemptRow(row.getLong("id"), row.getInt("number"), row.getLong("seed"),
				List.of(row.getString("question_ids").split(",")), instant(row, "started_at"),
				instant(row, "deadline_at"), instant(row, "last_saved_at"),
				instant(row, "submitted_at"), (Integer) row.getObject("score", Integer.class),
				(Boolean) row.getObject("passed", Boolean.class));
	}

	/** Times are written and read as UTC, as Hibernate does for the other columns. */
	private static java.time.LocalDateTime utc(Instant instant) {
		return instant == null ? null : java.time.LocalDateTime.ofInstant(instant, java.time.ZoneOffset.UTC);
	}

	private static Instant instant(java.sql.ResultSet row, String column) throws java.sql.SQLException {
		java.time.LocalDateTime time = row.getObject(column, java.time.LocalDateTime.class);
		return time == null ? null : time.toInstant(java.time.ZoneOffset.UTC);
	}

}
