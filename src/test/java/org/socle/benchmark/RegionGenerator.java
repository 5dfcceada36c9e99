package org.socle.benchmark;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills a MySQL-family database, already migrated and with the content imported (Socle started on it
 * once), with one region of a chosen {@link Size}: establishments of ten units each, people working in
 * them across the twelve professions, a coordinator of the region and a manager per establishment,
 * assignments (the core curriculum to the whole region, a curriculum to one profession, a module to one
 * unit of each establishment) with their per-person rows and counters, the enrolments they create and
 * the learners' progress.
 * <p>
 * A <em>progress event</em> is one xAPI statement, as the tracking module stores one per learning event:
 * {@code launched} (a module opened), {@code experienced} (a lesson read), {@code answered} (a question
 * of a graded attempt), {@code passed} and {@code completed}. Each comes with the rows the learning
 * module keeps for it (the enrolment's counters, {@code lesson_read}, {@code attempt},
 * {@code attempt_answer}), and a completed module counts in {@code assignment_member} and
 * {@code assignment_tally} as the curriculum module counts it.
 * <p>
 * Everything is drawn from a seeded random generator, establishment by establishment: the same size
 * gives the same region. Two passes draw the same numbers: the first writes the people, their
 * memberships, assignment rows and counters (minutes, even for the large size), the second the
 * enrolments and progress events (hours for the large size). Each establishment of each pass is written
 * in one transaction with JDBC batches (the connection adds {@code rewriteBatchedStatements=true}) and
 * recorded as done in {@code benchmark_generation}, so that an interrupted run resumes where it stopped
 * and a finished region is reused as it is. Nothing of the schema is disabled: every index and
 * constraint is maintained as rows arrive.
 */
public final class RegionGenerator {

	/** The sizes: people, establishments (ten units each) and progress events. */
	public enum Size {

		SMALL(2_000, 10, 200_000), MEDIUM(20_000, 50, 2_000_000), LARGE(200_000, 500, 20_000_000);

		final int people;

		final int establishments;

		final long events;

		Size(int people, int establishments, long events) {
			this.people = people;
			this.establishments = establishments;
			this.events = events;
		}

		public static Size of(String name) {
			return valueOf(name.toUpperCase(Locale.ROOT));
		}

		public String regionCode() {
			return "BANC-" + name();
		}

	}

	/** The generated region and who steers it. */
	public record Region(long id, String code, Size size, String coordinator, List<Long> establishments) {
	}

	public static final String PASSWORD = "banc-d-essai-socle";

	static final int UNITS_PER_ESTABLISHMENT = 10;

	static final String CORE_CURRICULUM = "socle-numerique-soignants";

	static final String PROFESSION_CURRICULUM = "veille-reglementaire";

	static final String PROFESSION = "infirmier";

	static final String UNIT_MODULE = "cyberattaque-rancongiciel-reagir";

	private static final String PERSON =
			"insert into person (id, username, display_name, email, password_hash, enabled, created_at)"
			+ " values (?, ?, ?, ?, null, true, ?)";

	private static final String PERSON_ROLE = "insert into person_role (person_id, role) values (?, ?)";

	private static final String MEMBERSHIP =
			"insert into membership (person_id, unit_id, profession_code, starts_on, ends_on, source) values"
			+ " (?, ?, ?, ?, null, 'LOCAL')";

	private static final String LESSON_READ =
			"insert into lesson_read (enrolment_id, lesson_id, read_at, seconds_spent) values (?, ?, ?, ?)";

	private static final String ATTEMPT =
			"insert into attempt (id, enrolment_id, open_enrolment_id, number, seed, question_ids,"
			+ " started_at, deadline_at, last_saved_at, submitted_at, points, max_points, score, passed) values"
			+ " (?, ?, null, 1, ?, ?, ?, null, ?, ?, ?, ?, 100, true)";

	private static final String ATTEMPT_ANSWER =
			"insert into attempt_answer (attempt_id, question_id, answer_json, saved_at, correct, points)"
			+ " values (?, ?, ?, ?, true, 1)";

	private static final String ENROLMENT =
			"insert into enrolment (id, person_id, module_slug, module_version_id, lessons_total,"
			+ " lessons_read, enrolled_at, last_activity_at, completed_at, assessment_required,"
			+ " assessment_passed_at, best_score, withdrawn_at, seconds_spent, assigned_by, assigned_at,"
			+ " due_on) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, null, ?, ?, ?, ?)";

	private static final String ASSIGNMENT_MEMBER =
			"insert into assignment_member (assignment_id, person_id, modules_required, modules_completed,"
			+ " completed_at, state, due_on, region_id, establishment_id, unit_id, profession_code, reached_at)"
			+ " values (?, ?, ?, ?, ?, 'active', ?, ?, ?, ?, ?, ?)";

	private static final String ASSIGNMENT_TALLY =
			"insert into assignment_tally (assignment_id, unit_id, profession_code, due_on, region_id,"
			+ " establishment_id, assigned, completed, exempt) values (?, ?, ?, ?, ?, ?, ?, ?, 0) on duplicate"
			+ " key update assigned = assigned + values(assigned), completed = completed + values(completed)";

	private static final String STATEMENT =
			"insert into xapi_statement (id, actor_person_id, verb, object_id, registration, occurred_at,"
			+ " stored_at, statement_json) values (?, ?, ?, ?, ?, ?, ?, ?)";

	private static final String BASE = "http://localhost:8080";

	private static final String VERBS = "http://adlnet.gov/expapi/verbs/";

	/** The twelve professions, with how many in a hundred people practise each. */
	private static final String[] PROFESSIONS = { "infirmier", "aide-soignant", "medecin", "cadre-de-sante",
			"personnel-administratif", "secretaire-medicale", "manipulateur-radio", "masseur-kinesitherapeute",
			"pharmacien", "preparateur-pharmacie", "sage-femme", "travailleur-social" };

	private static final int[] PROFESSION_WEIGHTS = { 33, 30, 9, 4, 8, 4, 3, 2, 1, 2, 2, 2 };

	private static final String[] UNIT_NAMES = { "Urgences", "Médecine interne", "Chirurgie", "Pédiatrie", "Gériatrie",
			"Maternité", "Imagerie", "Pharmacie", "Rééducation", "Administration" };

	private static final Pattern QUESTION_ID = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"\\s*,\\s*\"type\"");

	private final String url;

	private final String user;

	private final String password;

	private final String passwordHash;

	private final LocalDate today;

	/**
	 * @param passwordHash the stored form of {@link #PASSWORD} (with its algorithm prefix), shared by the
	 * coordinator and the managers; learners sign in through single sign-on and have none
	 */
	public RegionGenerator(String url, String user, String password, String passwordHash, LocalDate today) {
		this.url = url + (url.contains("?") ? "&" : "?") + "rewriteBatchedStatements=true";
		this.user = user;
		this.password = password;
		this.passwordHash = passwordHash;
		this.today = today;
	}

	/** Builds the region of this size, or finishes it, or finds it finished. */
	public Region generate(Size size) throws SQLException {
		return generate(size, true);
	}

	/**
	 * Builds the region of this size, or finishes it; without progress, only its people, their
	 * assignments and counters (and whatever progress an earlier run wrote).
	 */
	public Region generate(Size size, boolean withProgress) throws SQLException {
		try (Connection db = DriverManager.getConnection(url, user, password == null ? "" : password)) {
			try (Statement statement = db.createStatement()) {
				statement.execute("create table if not exists benchmark_generation (region_code varchar(40) not null,"
						+ " step varchar(40) not null, done_at datetime(6) not null, primary key (region_code, step))");
			}
			db.setAutoCommit(false);
			Catalogue catalogue = catalogue(db);
			Setup setup = setup(db, size, catalogue);
			long started = System.nanoTime();
			// first everyone, their assignments and counters (quick), then the learning records (long)
			for (Pass pass : withProgress ? Pass.values() : new Pass[] { Pass.PEOPLE }) {
				int done = 0;
				long events = 0;
				for (int e = 0; e < size.establishments; e++) {
					if (isDone(db, size, pass.step(e)) || isDone(db, size, "establishment-" + e)) {
						done++;
						continue;
					}
					events += establishment(db, size, setup, catalogue, e, pass);
					mark(db, size, pass.step(e));
					db.commit();
					done++;
					double seconds = (System.nanoTime() - started) / 1e9;
					if (done % Math.max(1, size.establishments / 50) == 0 || done == size.establishments) {
						System.out.printf(Locale.ROOT, "[region %s, %s] %d/%d establishments, %,d events this run, %.0f s%s%n",
								size.regionCode(), pass.name().toLowerCase(Locale.ROOT), done, size.establishments, events,
								seconds, pass == Pass.PROGRESS ? ", %.0f events/s".formatted(events / seconds) : "");
					}
				}
				started = System.nanoTime();
			}
			if (!withProgress) {
				return region(db, size, setup);
			}
			if (!isDone(db, size, "complete")) {
				mark(db, size, "complete");
				db.commit();
				try (Statement statement = db.createStatement()) {
					for (String table : List.of("person", "membership", "enrolment", "lesson_read", "attempt",
							"attempt_answer", "xapi_statement", "assignment_member", "assignment_tally")) {
						statement.execute("analyze table " + table);
					}
				}
			}
			return region(db, size, setup);
		}
	}

	private static Region region(Connection db, Size size, Setup setup) {
		return new Region(setup.region, size.regionCode(), size, setup.coordinator, setup.establishments);
	}

	/**
	 * The two passes over the establishments, drawing the same numbers: people, memberships, assignment
	 * rows and counters first; enrolments and progress events second. Between the two, the dashboards
	 * already have the whole region to read.
	 */
	enum Pass {

		PEOPLE, PROGRESS;

		String step(int establishment) {
			return name().toLowerCase(Locale.ROOT) + "-" + establishment;
		}

		/** The statements this pass leaves to the other. */
		Set<String> leaves() {
			return this == PEOPLE ? Set.of(ENROLMENT, LESSON_READ, ATTEMPT, ATTEMPT_ANSWER, STATEMENT)
					: Set.of(PERSON, PERSON_ROLE, MEMBERSHIP, ASSIGNMENT_MEMBER, ASSIGNMENT_TALLY);
		}

	}

	// --- what the content gives ---

	/** A module's current version, its lessons and the questions of its assessment. */
	record ModuleVersion(String slug, long versionId, List<Long> lessonIds, List<String> lessonSlugs,
			List<String> questions, boolean assessmentRequired) {
	}

	record Catalogue(Map<String, ModuleVersion> modules, Map<String, Long> curriculumVersions,
			Map<String, List<String>> requiredModules) {
	}

	private static Catalogue catalogue(Connection db) throws SQLException {
		Map<String, ModuleVersion> modules = new HashMap<>();
		try (PreparedStatement select = db.prepareStatement("select m.slug, v.id, v.assessment_json from catalog_module m"
				+ " join catalog_module_version v on v.id = m.current_version_id order by m.slug");
				ResultSet rows = select.executeQuery()) {
			while (rows.next()) {
				String assessment = rows.getString(3);
				List<String> questions = new ArrayList<>();
				if (assessment != null) {
					Matcher matcher = QUESTION_ID.matcher(assessment);
					while (matcher.find()) {
						questions.add(matcher.group(1));
					}
				}
				modules.put(rows.getString(1),
						new ModuleVersion(rows.getString(1), rows.getLong(2), new ArrayList<>(), new ArrayList<>(),
								questions.subList(0, Math.min(10, questions.size())), !questions.isEmpty()));
			}
		}
		try (PreparedStatement select = db.prepareStatement("select m.slug, l.id, l.slug from catalog_module m"
				+ " join catalog_lesson l on l.version_id = m.current_version_id order by m.slug, l.position");
				ResultSet rows = select.executeQuery()) {
			while (rows.next()) {
				ModuleVersion module = modules.get(rows.getString(1));
				module.lessonIds().add(rows.getLong(2));
				module.lessonSlugs().add(rows.getString(3));
			}
		}
		Map<String, Long> versions = new HashMap<>();
		Map<String, List<String>> required = new HashMap<>();
		for (String curriculum : List.of(CORE_CURRICULUM, PROFESSION_CURRICULUM)) {
			try (PreparedStatement select = db.prepareStatement("select v.id, s.module_slug from curriculum_version v"
					+ " join curriculum_step s on s.version_id = v.id and s.required"
					+ " where v.id = (select max(id) from curriculum_version where slug = ?) order by s.position")) {
				select.setString(1, curriculum);
				try (ResultSet rows = select.executeQuery()) {
					List<String> slugs = new ArrayList<>();
					while (rows.next()) {
						versions.put(curriculum, rows.getLong(1));
						slugs.add(rows.getString(2));
					}
					if (slugs.isEmpty()) {
						throw new IllegalStateException("Curriculum " + curriculum + " is not imported: start Socle on this"
								+ " database first (the content is imported at start)");
					}
					required.put(curriculum, slugs);
				}
			}
		}
		if (!modules.containsKey(UNIT_MODULE)) {
			throw new IllegalStateException("Module " + UNIT_MODULE + " is not imported");
		}
		return new Catalogue(modules, versions, required);
	}

	// --- the region, its establishments, units, coordinator, managers and assignments ---

	record Setup(long region, String coordinator, long coordinatorId, List<Long> establishments, List<List<Long>> units,
			List<Long> managers, long coreAssignment, long professionAssignment, List<Long> unitAssignments,
			LocalDateTime assignedAt, LocalDate coreDue, LocalDate professionDue) {
	}

	private Setup setup(Connection db, Size size, Catalogue catalogue) throws SQLException {
		String code = size.regionCode();
		String coordinator = "coordination-" + code.toLowerCase(Locale.ROOT);
		LocalDateTime assignedAt = today.minusDays(150).atTime(9, 0);
		LocalDate coreDue = today.minusDays(30);
		LocalDate professionDue = today.plusDays(60);
		if (!isDone(db, size, "setup")) {
			long region = insert(db, "insert into region (code, name) values (?, ?)", code,
					"Région de banc d’essai " + size.name().toLowerCase(Locale.ROOT));
			long coordinatorId = person(db, coordinator, "Coordination " + code, passwordHash, "COORDINATOR", "LEARNER");
			update(db, "insert into scoped_role (person_id, role, region_id, establishment_id, starts_on) values (?, ?, ?, null, ?)",
					coordinatorId, "COORDINATOR", region, today.minusYears(2));
			for (int e = 0; e < size.establishments; e++) {
				long establishment = insert(db, "insert into establishment (region_id, code, name) values (?, ?, ?)", region,
						code + "-E" + e, "Établissement " + (e + 1) + " (" + code.toLowerCase(Locale.ROOT) + ")");
				for (int u = 0; u < UNITS_PER_ESTABLISHMENT; u++) {
					insert(db, "insert into org_unit (establishment_id, name) values (?, ?)", establishment, UNIT_NAMES[u]);
				}
				long manager = person(db, "direction-" + code.toLowerCase(Locale.ROOT) + "-e" + e, "Direction E" + (e + 1),
						passwordHash, "MANAGER", "LEARNER");
				update(db, "insert into scoped_role (person_id, role, region_id, establishment_id, starts_on) values (?, ?, null, ?, ?)",
						manager, "MANAGER", establishment, today.minusYears(2));
			}
			long core = insert(db, "insert into assignment (curriculum_slug, curriculum_version_id, module_slug, target_kind,"
					+ " target_id, target_code, scope_region_id, scope_establishment_id, due_from, due_on, due_days, assigned_by,"
					+ " assigned_at) values (?, ?, null, 'region', ?, null, ?, null, 'fixed', ?, null, ?, ?)", CORE_CURRICULUM,
					catalogue.curriculumVersions().get(CORE_CURRICULUM), region, region, coreDue, coordinatorId, assignedAt);
			insert(db, "insert into assignment (curriculum_slug, curriculum_version_id, module_slug, target_kind,"
					+ " target_id, target_code, scope_region_id, scope_establishment_id, due_from, due_on, due_days, assigned_by,"
					+ " assigned_at) values (?, ?, null, 'profession', null, ?, ?, null, 'fixed', ?, null, ?, ?)",
					PROFESSION_CURRICULUM, catalogue.curriculumVersions().get(PROFESSION_CURRICULUM), PROFESSION, region,
					professionDue, coordinatorId, assignedAt.plusDays(30));
			if (core <= 0) {
				throw new IllegalStateException("no assignment id");
			}
			List<Long> establishments = ids(db, "select id from establishment where region_id = ? order by id", region);
			for (int e = 0; e < establishments.size(); e++) {
				long establishment = establishments.get(e);
				long firstUnit = ids(db, "select id from org_unit where establishment_id = ? order by id", establishment).get(0);
				long manager = ids(db, "select person_id from scoped_role where establishment_id = ? and role = 'MANAGER'",
						establishment).get(0);
				insert(db, "insert into assignment (curriculum_slug, curriculum_version_id, module_slug, target_kind,"
						+ " target_id, target_code, scope_region_id, scope_establishment_id, due_from, due_on, due_days,"
						+ " assigned_by, assigned_at) values (null, null, ?, 'unit', ?, null, ?, ?, 'start', null, 90, ?, ?)",
						UNIT_MODULE, firstUnit, region, establishment, manager, assignedAt.plusDays(60));
			}
			mark(db, size, "setup");
			db.commit();
		}
		long region = ids(db, "select id from region where code = ?", code).get(0);
		long coordinatorId = ids(db, "select id from person where username = ?", coordinator).get(0);
		List<Long> establishments = ids(db, "select id from establishment where region_id = ? order by id", region);
		List<List<Long>> units = new ArrayList<>();
		List<Long> managers = new ArrayList<>();
		List<Long> unitAssignments = new ArrayList<>();
		for (long establishment : establishments) {
			units.add(ids(db, "select id from org_unit where establishment_id = ? order by id", establishment));
			managers.add(ids(db, "select person_id from scoped_role where establishment_id = ? and role = 'MANAGER'",
					establishment).get(0));
			unitAssignments.add(ids(db, "select id from assignment where scope_establishment_id = ? and target_kind = 'unit'",
					establishment).get(0));
		}
		long core = ids(db, "select id from assignment where scope_region_id = ? and target_kind = 'region'", region).get(0);
		long profession = ids(db, "select id from assignment where scope_region_id = ? and target_kind = 'profession'", region)
			.get(0);
		return new Setup(region, coordinator, coordinatorId, establishments, units, managers, core, profession,
				unitAssignments, assignedAt, coreDue, professionDue);
	}

	// --- the people of one establishment and their progress ---

	/** One assignment as it reaches a person: its modules and the person's due date. */
	private record Reached(long assignment, List<String> modules, LocalDate due, LocalDateTime at) {
	}

	/** A tally row's key and its counts. */
	private record TallyKey(long assignment, long unit, String profession, LocalDate due) {
	}

	private long establishment(Connection db, Size size, Setup setup, Catalogue catalogue, int index, Pass pass)
			throws SQLException {
		Random random = new Random(size.name().hashCode() * 1_000_003L + index);
		long establishment = setup.establishments().get(index);
		List<Long> units = setup.units().get(index);
		int people = size.people / size.establishments;
		long eventsPerPerson = size.events / size.people;
		// this establishment's share of the size's events, the shares adding up to it exactly
		long share = size.events * (index + 1) / size.establishments - size.events * index / size.establishments;
		long nextPerson = pass == Pass.PEOPLE ? next(db, "person")
				: ids(db, "select id from person where username = ?", size.regionCode().toLowerCase(Locale.ROOT) + "-e" + index
						+ "-p0").get(0);
		long nextEnrolment = next(db, "enrolment");
		long nextAttempt = next(db, "attempt");
		Batches batches = new Batches(db, pass.leaves(), PERSON, PERSON_ROLE, MEMBERSHIP, ENROLMENT, LESSON_READ, ATTEMPT,
				ATTEMPT_ANSWER, STATEMENT, ASSIGNMENT_MEMBER, ASSIGNMENT_TALLY);
		Map<TallyKey, int[]> tally = new LinkedHashMap<>();
		long events = 0;
		String code = size.regionCode().toLowerCase(Locale.ROOT);
		for (int p = 0; p < people; p++) {
			long person = nextPerson++;
			long unit = units.get(random.nextInt(units.size()));
			String profession = profession(random);
			LocalDate startsOn = today.minusDays(30 + random.nextInt(3650));
			LocalDateTime created = startsOn.atTime(8, 0);
			batches.add(PERSON, person, code + "-e" + index + "-p" + p,
					name(random) + " " + (p + 1), null, created);
			batches.add(PERSON_ROLE, person, "LEARNER");
			batches.add(MEMBERSHIP, person, unit, profession, startsOn);

			// someone who started after an assignment was made is reached on their first day
			LocalDateTime firstDay = startsOn.atTime(9, 0);
			List<Reached> reached = new ArrayList<>();
			reached.add(new Reached(setup.coreAssignment(), catalogue.requiredModules().get(CORE_CURRICULUM),
					setup.coreDue(), later(setup.assignedAt(), firstDay)));
			if (PROFESSION.equals(profession)) {
				reached.add(new Reached(setup.professionAssignment(), catalogue.requiredModules().get(PROFESSION_CURRICULUM),
						setup.professionDue(), later(setup.assignedAt().plusDays(30), firstDay)));
			}
			if (unit == units.get(0)) {
				LocalDateTime at = later(setup.assignedAt().plusDays(60), firstDay);
				reached.add(new Reached(setup.unitAssignments().get(index), List.of(UNIT_MODULE), at.toLocalDate().plusDays(90),
						at));
			}
			// each module once, with the earliest due date and the first assigner among the assignments asking it
			Map<String, Reached> firstAsking = new LinkedHashMap<>();
			Map<String, LocalDate> dueOf = new HashMap<>();
			for (Reached r : reached) {
				for (String module : r.modules()) {
					firstAsking.putIfAbsent(module, r);
					dueOf.merge(module, r.due(), (a, b) -> a.isBefore(b) ? a : b);
				}
			}

			// progress: this person's share of the events, spent module after module in curriculum order
			long budget = (long) (eventsPerPerson * 2 * random.nextDouble() + 0.5);
			if (p == people - 1) {
				// the last person makes up what the draw left short, so the size's count is a floor, not an average
				budget = Math.max(budget, share - events);
			}
			Instant clock = firstAsking.values().iterator().next().at().plusHours(1 + random.nextInt(240))
				.toInstant(ZoneOffset.UTC);
			Instant now = today.atStartOfDay().toInstant(ZoneOffset.UTC);
			long spread = Math.max(60, Duration.between(clock, now).toSeconds() / Math.max(1, budget + 1));
			Set<String> completed = new LinkedHashSet<>();
			Map<String, Instant> completedAt = new HashMap<>();
			for (Map.Entry<String, Reached> asked : firstAsking.entrySet()) {
				ModuleVersion module = catalogue.modules().get(asked.getKey());
				Reached by = asked.getValue();
				long enrolment = nextEnrolment++;
				long assigner = by.assignment() == setup.coreAssignment() || by.assignment() == setup.professionAssignment()
						? setup.coordinatorId() : setup.managers().get(index);
				LocalDateTime enrolledAt = by.at();
				UUID registration = UUID.nameUUIDFromBytes(("socle:registration:" + person + ":" + module.slug())
					.getBytes(StandardCharsets.UTF_8));
				String activity = BASE + "/xapi/activities/modules/" + module.slug() + "/versions/" + module.versionId();
				int lessonsRead = 0;
				int seconds = 0;
				Instant lastActivity = null;
				Instant passedAt = null;
				Instant done = null;
				if (budget > 0) {
					clock = clock.plusSeconds(spread / 2 + random.nextInt((int) Math.min(Integer.MAX_VALUE, spread)));
					statement(batches, person, "launched", activity, "module", null, clock, registration,
							"launched:" + person + ":" + module.slug());
					budget--;
					events++;
					lastActivity = clock;
					for (int l = 0; l < module.lessonIds().size() && budget > 0; l++) {
						int read = 120 + random.nextInt(600);
						clock = clock.plusSeconds(read);
						statement(batches, person, "experienced", activity + "/lessons/" + module.lessonSlugs().get(l),
								"lesson", "{\"duration\":\"" + Duration.ofSeconds(read) + "\"}", clock, registration,
								"experienced:" + person + ":" + module.slug() + ":" + module.lessonSlugs().get(l));
						batches.add(LESSON_READ,
								enrolment, module.lessonIds().get(l), utc(clock), read);
						budget--;
						events++;
						lessonsRead++;
						seconds += read;
						lastActivity = clock;
					}
					boolean allRead = lessonsRead == module.lessonIds().size();
					if (allRead && module.assessmentRequired() && budget >= module.questions().size() + 1) {
						long attempt = nextAttempt++;
						Instant startedAt = clock.plusSeconds(30);
						clock = startedAt.plusSeconds(60L * module.questions().size());
						batches.add(ATTEMPT, attempt, enrolment,
								random.nextLong(), String.join(",", module.questions()), utc(startedAt), utc(clock), utc(clock),
								module.questions().size(), module.questions().size());
						String key = person + ":" + module.slug() + ":1";
						for (String question : module.questions()) {
							batches.add(ATTEMPT_ANSWER, attempt, question, "{\"choices\":[\"a\"],\"text\":null}",
									utc(clock));
							statement(batches, person, "answered", activity + "/assessment/questions/" + question,
									"cmi.interaction", "{\"success\":true,\"response\":\"a\"}", clock, registration,
									"answered:" + key + ":" + question);
						}
						statement(batches, person, "passed", activity + "/assessment", "assessment",
								"{\"score\":{\"scaled\":1.0,\"raw\":100,\"min\":0,\"max\":100},\"success\":true,\"completion\":true}",
								clock, registration, "graded:" + key);
						budget -= module.questions().size() + 1;
						events += module.questions().size() + 1;
						passedAt = clock;
						lastActivity = clock;
					}
					if (allRead && (!module.assessmentRequired() || passedAt != null) && budget > 0) {
						done = clock;
						statement(batches, person, "completed", activity, "module", "{\"completion\":true}", clock, registration,
								"completed:" + person + ":" + module.slug());
						budget--;
						events++;
						completed.add(module.slug());
						completedAt.put(module.slug(), done);
					}
				}
				batches.add(ENROLMENT, enrolment, person, module.slug(),
						module.versionId(), module.lessonIds().size(), lessonsRead, enrolledAt,
						lastActivity == null ? enrolledAt : utc(lastActivity), utc(done), module.assessmentRequired(),
						utc(passedAt), passedAt == null ? null : 100, seconds, assigner, enrolledAt, dueOf.get(module.slug()));
			}

			// each assignment's row for the person, and the counters it adds to
			for (Reached r : reached) {
				int count = (int) r.modules().stream().filter(completed::contains).count();
				Instant finished = count >= r.modules().size()
						? r.modules().stream().map(completedAt::get).max(Instant::compareTo).orElseThrow() : null;
				batches.add(ASSIGNMENT_MEMBER, r.assignment(), person, r.modules().size(), count,
						utc(finished), r.due(), setup.region(), establishment, unit, profession, r.at());
				int[] counts = tally.computeIfAbsent(new TallyKey(r.assignment(), unit, profession, r.due()), k -> new int[2]);
				counts[0]++;
				counts[1] += finished == null ? 0 : 1;
			}
			if (p % 50 == 49) {
				batches.flush();
			}
		}
		for (Map.Entry<TallyKey, int[]> row : tally.entrySet()) {
			TallyKey key = row.getKey();
			batches.add(ASSIGNMENT_TALLY,
					key.assignment(), key.unit(), key.profession(), key.due(), setup.region(), establishment, row.getValue()[0],
					row.getValue()[1]);
		}
		batches.flush();
		batches.close();
		return pass == Pass.PROGRESS ? events : 0;
	}

	private static void statement(Batches batches, long person, String verb, String object, String type, String result,
			Instant at, UUID registration, String eventKey) throws SQLException {
		if (batches.leaves(STATEMENT)) {
			return;
		}
		UUID id = UUID.nameUUIDFromBytes(("socle:statement:" + eventKey).getBytes(StandardCharsets.UTF_8));
		String activityType = type.startsWith("cmi") ? "http://adlnet.gov/expapi/activities/cmi.interaction"
				: "http://adlnet.gov/expapi/activities/" + type;
		Instant stored = at.plusMillis(40);
		String json = "{\"id\":\"" + id + "\",\"actor\":{\"objectType\":\"Agent\",\"account\":{\"homePage\":\"" + BASE
				+ "\",\"name\":\"" + person + "\"}},\"verb\":{\"id\":\"" + VERBS + verb + "\",\"display\":{\"en-US\":\"" + verb
				+ "\"}},\"object\":{\"objectType\":\"Activity\",\"id\":\"" + object + "\",\"definition\":{\"type\":\""
				+ activityType + "\"}}," + (result == null ? "" : "\"result\":" + result + ",") + "\"context\":{\"registration\":\""
				+ registration + "\",\"platform\":\"Socle\",\"language\":\"fr-FR\"},\"timestamp\":\"" + at
				+ "\",\"version\":\"1.0.3\",\"stored\":\"" + stored + "\"}";
		batches.add(STATEMENT, id.toString(), person, VERBS + verb, object,
				registration.toString(), utc(at), utc(stored), json);
	}

	// --- small helpers ---

	private static String profession(Random random) {
		int draw = random.nextInt(100);
		for (int i = 0; i < PROFESSIONS.length; i++) {
			draw -= PROFESSION_WEIGHTS[i];
			if (draw < 0) {
				return PROFESSIONS[i];
			}
		}
		return PROFESSIONS[0];
	}

	private static final String[] NAMES = { "Martin", "Bernard", "Thomas", "Petit", "Robert", "Richard", "Durand",
			"Dubois", "Moreau", "Laurent", "Simon", "Michel", "Lefèvre", "Leroy", "Roux", "David", "Bertrand", "Morel" };

	private static String name(Random random) {
		return NAMES[random.nextInt(NAMES.length)];
	}

	private long person(Connection db, String username, String name, String hash, String... roles) throws SQLException {
		long id = insert(db, "insert into person (username, display_name, email, password_hash, enabled, created_at)"
				+ " values (?, ?, null, ?, true, ?)", username, name, hash, today.minusYears(2).atTime(8, 0));
		for (String role : roles) {
			update(db, "insert into person_role (person_id, role) values (?, ?)", id, role);
		}
		return id;
	}

	private static LocalDateTime later(LocalDateTime a, LocalDateTime b) {
		return a.isAfter(b) ? a : b;
	}

	private static LocalDateTime utc(Instant instant) {
		return instant == null ? null : LocalDateTime.ofInstant(instant.truncatedTo(ChronoUnit.MILLIS), ZoneOffset.UTC);
	}

	private static long next(Connection db, String table) throws SQLException {
		try (Statement statement = db.createStatement();
				ResultSet row = statement.executeQuery("select coalesce(max(id), 0) + 1 from " + table)) {
			row.next();
			return row.getLong(1);
		}
	}

	private static boolean isDone(Connection db, Size size, String step) throws SQLException {
		return !ids(db, "select 1 from benchmark_generation where region_code = ? and step = ?", size.regionCode(), step)
			.isEmpty();
	}

	private static void mark(Connection db, Size size, String step) throws SQLException {
		update(db, "insert into benchmark_generation (region_code, step, done_at) values (?, ?, ?)", size.regionCode(), step,
				LocalDateTime.now(ZoneOffset.UTC));
	}

	private static List<Long> ids(Connection db, String sql, Object... values) throws SQLException {
		try (PreparedStatement select = db.prepareStatement(sql)) {
			bind(select, values);
			List<Long> ids = new ArrayList<>();
			try (ResultSet rows = select.executeQuery()) {
				while (rows.next()) {
					ids.add(rows.getLong(1));
				}
			}
			return ids;
		}
	}

	private static long insert(Connection db, String sql, Object... values) throws SQLException {
		try (PreparedStatement insert = db.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
			bind(insert, values);
			insert.executeUpdate();
			try (ResultSet key = insert.getGeneratedKeys()) {
				key.next();
				return key.getLong(1);
			}
		}
	}

	private static void update(Connection db, String sql, Object... values) throws SQLException {
		try (PreparedStatement update = db.prepareStatement(sql)) {
			bind(update, values);
			update.executeUpdate();
		}
	}

	private static void bind(PreparedStatement statement, Object... values) throws SQLException {
		for (int i = 0; i < values.length; i++) {
			statement.setObject(i + 1, values[i]);
		}
	}

	/**
	 * One JDBC batch per statement text, sent in the order the texts were declared (parents before
	 * children: foreign keys are checked as rows arrive).
	 */
	private static final class Batches {

		private final Map<String, PreparedStatement> statements = new LinkedHashMap<>();

		private final Map<String, Integer> pending = new HashMap<>();

		private final Set<String> left;

		Batches(Connection db, Set<String> left, String... texts) throws SQLException {
			this.left = left;
			for (String sql : texts) {
				if (!left.contains(sql)) {
					statements.put(sql, db.prepareStatement(sql));
				}
			}
		}

		boolean leaves(String sql) {
			return left.contains(sql);
		}

		void add(String sql, Object... values) throws SQLException {
			if (left.contains(sql)) {
				return;
			}
			PreparedStatement statement = statements.get(sql);
			if (statement == null) {
				throw new IllegalArgumentException("Undeclared statement: " + sql);
			}
			bind(statement, values);
			statement.addBatch();
			pending.merge(sql, 1, Integer::sum);
		}

		void flush() throws SQLException {
			for (Map.Entry<String, PreparedStatement> statement : statements.entrySet()) {
				if (pending.getOrDefault(statement.getKey(), 0) > 0) {
					statement.getValue().executeBatch();
				}
			}
			pending.clear();
		}

		void close() throws SQLException {
			for (PreparedStatement statement : statements.values()) {
				statement.close();
			}
		}

	}

}
