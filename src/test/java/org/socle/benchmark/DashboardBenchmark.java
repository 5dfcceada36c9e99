package org.socle.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.socle.curriculum.domain.AssignmentDashboards;
import org.socle.identity.PersonId;
import org.socle.identity.Role;
import org.socle.identity.SoclePrincipal;
import org.socle.support.TestDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A benchmark, not a test of the build: builds (or reuses) a generated region of the size given by
 * {@code -Dbenchmark.size=small|medium|large} ({@link RegionGenerator}), signs in as its coordinator
 * through the login form and measures, after a warm-up, the coordinator's dashboard and the JSON report
 * of random establishments: 50th, 95th and 99th percentiles and throughput. The dashboard is the page
 * named by {@code -Dbenchmark.dashboard-url} when given (e.g. {@code /manage/dashboard}), otherwise the
 * figures behind it ({@link AssignmentDashboards}) are measured in-process.
 * <p>
 * It fails only on errors and inconsistent figures (counters that differ from the per-person rows,
 * reports that do not add up), and when MariaDB plans a full scan (of the table or of a whole index) of
 * {@code assignment_member}, {@code xapi_statement}, {@code enrolment} or {@code assignment_tally} for any
 * statement these requests run: the plan, not the time, says whether a request reads aggregates. Never on
 * a time. See the README, section "Benchmarks".
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = TestDatabase.class)
class DashboardBenchmark {

	private static final String SIZE = System.getProperty("benchmark.size", "small");

	private static final int REQUESTS = Integer.getInteger("benchmark.requests", 300);

	private static final int WARM_UP = Integer.getInteger("benchmark.warm-up", 50);

	private static final int CLIENTS = Integer.getInteger("benchmark.clients", 1);

	/** The coordinator's dashboard page; empty: measure its figures in-process. */
	private static final String DASHBOARD_URL = System.getProperty("benchmark.dashboard-url", "");

	/** Builds (or finishes) the region and stops there: the first, long, run of the large size. */
	private static final boolean GENERATE_ONLY = Boolean.getBoolean("benchmark.generate-only");

	/**
	 * False: measure as soon as the region's people, assignments and counters exist, with the progress
	 * events written so far (the dashboards read only the counters; the events are the long part).
	 */
	private static final boolean PROGRESS = Boolean.parseBoolean(System.getProperty("benchmark.progress", "true"));

	private static final String REPORT_URL = "/api/v1/reports/establishments/%d";

	/**
	 * Tables a request must never read from end to end: the per-person and per-event tables, and the
	 * counters themselves (a full read of them adds up every region's, not the viewer's).
	 */
	private static final Set<String> NEVER_SCANNED = Set.of("assignment_member", "xapi_statement", "enrolment",
			"assignment_tally");

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	/** A table after from or join, and its alias if it has one. */
	private static final Pattern TABLE_ALIAS = Pattern.compile("(?i)\\b(?:from|join)\\s+([a-z_][a-z0-9_]*)"
			+ "(?:\\s+(?:as\\s+)?(?!on\\b|where\\b|join\\b|left\\b|inner\\b|group\\b|order\\b)([a-z_][a-z0-9_]*))?");

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	PasswordEncoder passwords;

	@Autowired
	AssignmentDashboards dashboards;

	@Autowired
	JsonMapper json;

	@Autowired
	Clock clock;

	@Test
	void coordinatorDashboardAndEstablishmentReportsOnAGeneratedRegion() throws Exception {
		assumeTrue(TestDatabase.mysqlFamily(), "The benchmark runs on MariaDB/MySQL: set " + TestDatabase.URL_VARIABLE);
		RegionGenerator.Size size = RegionGenerator.Size.of(SIZE);
		long generating = System.nanoTime();
		RegionGenerator.Region region = new RegionGenerator(System.getenv(TestDatabase.URL_VARIABLE),
				System.getenv().getOrDefault("SOCLE_TEST_DB_USER", "root"), System.getenv("SOCLE_TEST_DB_PASSWORD"),
				passwords.encode(RegionGenerator.PASSWORD), LocalDate.now(clock))
			.generate(size, PROGRESS);
		double generationSeconds = (System.nanoTime() - generating) / 1e9;
		if (GENERATE_ONLY) {
			System.out.printf(Locale.ROOT, "Region %s generated (or found) in %.0f s%n", region.code(), generationSeconds);
			return;
		}
		Map<String, Long> volumes = new TreeMap<>();
		for (String table : List.of("person", "enrolment", "lesson_read", "attempt_answer", "xapi_statement",
				"assignment_member", "assignment_tally")) {
			// the optimizer's estimate: counting 20 million rows exactly would take minutes
			volumes.put(table, jdbc.queryForObject("select table_rows from information_schema.tables"
					+ " where table_schema = database() and table_name = ?", Long.class, table));
		}

		List<String> problems = new ArrayList<>(countersMatchRows(region));
		if (PROGRESS) {
			// the size's count of progress events is a floor: counted here, once, outside the measured requests
			long statements = jdbc.queryForObject("select count(*) from xapi_statement s where s.actor_person_id in"
					+ " (select m.person_id from membership m join org_unit u on u.id = m.unit_id"
					+ " join establishment e on e.id = u.establishment_id where e.region_id = ?)", Long.class, region.id());
			volumes.put("xapi_statement of the region (counted)", statements);
			if (statements < size.events) {
				problems.add("The region has %,d progress events, fewer than the %,d of size %s".formatted(statements,
						size.events, SIZE));
			}
		}
		SoclePrincipal coordinator = principal(region.coordinator(), Role.COORDINATOR);
		problems.addAll(overviewMatchesRows(region, coordinator));

		Browser browser = new Browser();
		browser.signIn(region.coordinator());
		Random draw = new Random(42);
		List<Long> establishments = region.establishments();

		Measure report = measure("GET " + REPORT_URL.formatted(0).replace("/0", "/{id}") + " (HTTP)", () -> {
			long id = establishments.get(draw(draw, establishments.size()));
			HttpResponse<String> response = browser.get(REPORT_URL.formatted(id));
			if (response.statusCode() != 200) {
				throw new IllegalStateException("HTTP " + response.statusCode() + " for establishment " + id);
			}
			return response.body().length();
		});
		Measure dashboard;
		if (!DASHBOARD_URL.isBlank()) {
			dashboard = measure("GET " + DASHBOARD_URL + " (HTTP)", () -> {
				HttpResponse<String> response = browser.get(DASHBOARD_URL);
				if (response.statusCode() != 200) {
					throw new IllegalStateException("HTTP " + response.statusCode() + " for " + DASHBOARD_URL);
				}
				return response.body().length();
			});
		}
		else {
			dashboard = measure("AssignmentDashboards.overview (in-process)",
					() -> dashboards.overview(coordinator).establishments().size());
		}
		Measure establishment = measure("AssignmentDashboards.establishment (in-process)", () -> {
			long id = establishments.get(draw(draw, establishments.size()));
			return dashboards.establishment(coordinator, id).orElseThrow().units().size();
		});
		Measure people = measure("AssignmentDashboards.people, overdue only (in-process)", () -> {
			long id = establishments.get(draw(draw, establishments.size()));
			return dashboards.people(coordinator, id, null, null, true).orElseThrow().size();
		});

		for (int i = 0; i < 20; i++) {
			problems.addAll(reportMatchesRows(browser, establishments.get(draw(draw, establishments.size()))));
		}

		// the plans of every statement one request of each kind runs
		Map<String, List<String>> plans = new TreeMap<>();
		long sample = establishments.get(establishments.size() / 2);
		plans.put("report", explain(() -> browser.get(REPORT_URL.formatted(sample))));
		plans.put("dashboard", explain(() -> DASHBOARD_URL.isBlank() ? dashboards.overview(coordinator)
				: browser.get(DASHBOARD_URL)));
		plans.put("establishment", explain(() -> dashboards.establishment(coordinator, sample)));
		plans.put("people", explain(() -> dashboards.people(coordinator, sample, null, null, true)));
		List<String> scans = plans.values().stream().flatMap(List::stream).filter(line -> line.startsWith("FULL SCAN"))
			.toList();

		String text = """
				Dashboard benchmark, size %s%s (%s), %s, %d client(s), %d requests after %d warm-up
				  region %s: %d establishments; generation or reuse took %.0f s
				  rows (estimates): %s
				%s%s%s%s  plans:
				%s
				  inconsistencies: %d%s
				""".formatted(size.name().toLowerCase(Locale.ROOT), PROGRESS ? "" : " (progress events as generated so far)",
				LocalDate.now(clock),
				jdbc.queryForObject("select version()", String.class), CLIENTS, REQUESTS, WARM_UP, region.code(),
				establishments.size(), generationSeconds, volumes, dashboard, report, establishment, people,
				plans.entrySet().stream().map(plan -> "    " + plan.getKey() + ":\n" + plan.getValue().stream()
					.map(line -> "      " + line).collect(Collectors.joining("\n"))).collect(Collectors.joining("\n")),
				problems.size(), problems.stream().limit(20).map(p -> "\n    " + p).collect(Collectors.joining()));
		System.out.println(text);
		Files.writeString(Path.of("target", "benchmark-dashboard-" + size.name().toLowerCase(Locale.ROOT) + ".txt"), text);

		assertThat(report.errors() + dashboard.errors() + establishment.errors() + people.errors()).as("failed requests")
			.isZero();
		assertThat(problems).as("figures that do not add up").isEmpty();
		assertThat(scans).as("full scans of assignment_member, xapi_statement, enrolment or assignment_tally per request")
			.isEmpty();
	}

	// --- timing ---

	/** Latencies of one kind of request. */
	record Measure(String name, List<Long> nanos, double seconds, int errors, String firstError) {

		double percentile(int percent) {
			int index = (int) Math.ceil(percent / 100.0 * nanos.size()) - 1;
			return nanos.isEmpty() ? 0 : nanos.get(Math.max(0, index)) / 1e6;
		}

		@Override
		public String toString() {
			return "  %s: p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms; %.1f requests/s; errors %d%s%n".formatted(name,
					percentile(50), percentile(95), percentile(99), percentile(100), nanos.size() / seconds, errors,
					firstError == null ? "" : " (" + firstError + ")");
		}

	}

	private Measure measure(String name, Callable<Integer> request) throws Exception {
		for (int i = 0; i < WARM_UP; i++) {
			request.call();
		}
		ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
		AtomicInteger errors = new AtomicInteger();
		List<String> firstError = new CopyOnWriteArrayList<>();
		AtomicInteger remaining = new AtomicInteger(REQUESTS);
		ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
		long start = System.nanoTime();
		List<Future<?>> clients = new ArrayList<>();
		for (int c = 0; c < CLIENTS; c++) {
			clients.add(pool.submit(() -> {
				while (remaining.getAndDecrement() > 0) {
					long started = System.nanoTime();
					try {
						request.call();
						latencies.add(System.nanoTime() - started);
					}
					catch (Exception ex) {
						errors.incrementAndGet();
						firstError.add(ex.toString());
					}
				}
				return null;
			}));
		}
		for (Future<?> client : clients) {
			client.get();
		}
		double seconds = (System.nanoTime() - start) / 1e9;
		pool.shutdown();
		List<Long> sorted = new ArrayList<>(latencies);
		Collections.sort(sorted);
		return new Measure(name, sorted, seconds, errors.get(), firstError.isEmpty() ? null : firstError.get(0));
	}

	private static synchronized int draw(Random random, int bound) {
		return random.nextInt(bound);
	}

	// --- consistency ---

	/** Every counter row equals what the per-person rows say, and every group of rows has its counter. */
	private List<String> countersMatchRows(RegionGenerator.Region region) {
		String rows = "select assignment_id, unit_id, profession_code, due_on, count(*) assigned,"
				+ " sum(case when completed_at is not null then 1 else 0 end) completed from assignment_member"
				+ " where region_id = %d and state = 'active' group by assignment_id, unit_id, profession_code, due_on"
					.formatted(region.id());
		List<String> problems = new ArrayList<>(jdbc.query("select r.assignment_id, r.unit_id, r.profession_code, r.due_on,"
				+ " r.assigned, r.completed, t.assigned, t.completed from (" + rows + ") r left join assignment_tally t"
				+ " on t.assignment_id = r.assignment_id and t.unit_id = r.unit_id and t.profession_code = r.profession_code"
				+ " and t.due_on = r.due_on where t.assigned is null or t.assigned <> r.assigned or t.completed <> r.completed",
				(row, i) -> "counter %d/%d/%s/%s: rows say %d assigned %d completed, counter %s assigned %s completed"
					.formatted(row.getLong(1), row.getLong(2), row.getString(3), row.getString(4), row.getLong(5),
							row.getLong(6), row.getString(7), row.getString(8))));
		problems.addAll(jdbc.query("select t.assignment_id, t.unit_id, t.profession_code, t.due_on, t.assigned from"
				+ " assignment_tally t left join (" + rows + ") r on t.assignment_id = r.assignment_id and t.unit_id = r.unit_id"
				+ " and t.profession_code = r.profession_code and t.due_on = r.due_on where t.region_id = ? and r.assigned is null"
				+ " and t.assigned <> 0", (row, i) -> "counter %d/%d/%s/%s says %d assigned, no row".formatted(row.getLong(1),
						row.getLong(2), row.getString(3), row.getString(4), row.getLong(5)),
				region.id()));
		return problems;
	}

	/** The coordinator's overview adds up to the people the region's current assignments reach. */
	private List<String> overviewMatchesRows(RegionGenerator.Region region, SoclePrincipal coordinator) {
		var total = dashboards.overview(coordinator).total();
		Map<String, Object> rows = jdbc.queryForMap("select count(*) assigned,"
				+ " coalesce(sum(case when m.completed_at is not null then 1 else 0 end), 0) completed from assignment_member m"
				+ " join assignment a on a.id = m.assignment_id and a.ends_at is null where m.region_id = ? and m.state = 'active'",
				region.id());
		long assigned = ((Number) rows.get("assigned")).longValue();
		long completed = ((Number) rows.get("completed")).longValue();
		if (total.assigned() != assigned || total.completed() != completed || assigned == 0) {
			return List.of("overview of %s: %d assigned %d completed, rows say %d assigned %d completed".formatted(region.code(),
					total.assigned(), total.completed(), assigned, completed));
		}
		return List.of();
	}

	/** The JSON report of an establishment adds up to its per-person rows. */
	private List<String> reportMatchesRows(Browser browser, long establishment) throws IOException, InterruptedException {
		HttpResponse<String> response = browser.get(REPORT_URL.formatted(establishment));
		if (response.statusCode() != 200) {
			return List.of("report of establishment " + establishment + ": HTTP " + response.statusCode());
		}
		long assigned = 0;
		long completed = 0;
		for (JsonNode figures : json.readTree(response.body()).get("curricula")) {
			assigned += figures.get("assigned").asLong();
			completed += figures.get("completed").asLong();
		}
		Map<String, Object> rows = jdbc.queryForMap("select count(*) assigned,"
				+ " coalesce(sum(case when m.completed_at is not null then 1 else 0 end), 0) completed from assignment_member m"
				+ " join assignment a on a.id = m.assignment_id and a.ends_at is null where m.establishment_id = ?"
				+ " and m.state = 'active'", establishment);
		if (assigned != ((Number) rows.get("assigned")).longValue() || completed != ((Number) rows.get("completed")).longValue()
				|| assigned == 0) {
			return List.of("report of establishment %d: %d assigned %d completed, rows say %s".formatted(establishment, assigned,
					completed, rows));
		}
		return List.of();
	}

	// --- plans ---

	/** Runs the request once while recording its SELECT statements, then EXPLAINs each with its values. */
	private List<String> explain(Callable<?> request) throws Exception {
		QueryRecorder.start();
		try {
			request.call();
		}
		finally {
			QueryRecorder.stop();
		}
		List<String> lines = new ArrayList<>();
		for (QueryRecorder.Recorded recorded : QueryRecorder.recorded()) {
			Map<String, String> aliases = new java.util.HashMap<>();
			Matcher matcher = TABLE_ALIAS.matcher(recorded.sql());
			while (matcher.find()) {
				String table = matcher.group(1).toLowerCase(Locale.ROOT);
				aliases.put(table, table);
				if (matcher.group(2) != null) {
					aliases.put(matcher.group(2).toLowerCase(Locale.ROOT), table);
				}
			}
			List<String> accesses = new ArrayList<>();
			boolean scan = false;
			for (Map<String, Object> row : jdbc.queryForList("explain " + recorded.sql(), recorded.values().toArray())) {
				String alias = String.valueOf(row.get("table"));
				String table = aliases.getOrDefault(alias.toLowerCase(Locale.ROOT), alias);
				String type = String.valueOf(row.get("type"));
				accesses.add("%s %s key=%s rows=%s".formatted(table, type, row.get("key"), row.get("rows")));
				scan |= NEVER_SCANNED.contains(table) && ("ALL".equals(type) || "index".equals(type));
			}
			String sql = recorded.sql().length() > 110 ? recorded.sql().substring(0, 110) + "…" : recorded.sql();
			lines.add((scan ? "FULL SCAN " : "ok ") + accesses + " — " + sql);
		}
		return lines;
	}

	/**
	 * Wraps the application's data source so that the benchmark can see the SELECT statements (and the
	 * values bound to them) that one request runs, to ask MariaDB how it plans them.
	 */
	@TestConfiguration
	static class Recording {

		@Bean
		static BeanPostProcessor recordingDataSource() {
			return new BeanPostProcessor() {
				@Override
				public Object postProcessAfterInitialization(Object bean, String name) {
					return bean instanceof DataSource dataSource && !(bean instanceof QueryRecorder)
							? new QueryRecorder(dataSource) : bean;
				}
			};
		}

	}

	static final class QueryRecorder extends DelegatingDataSource {

		record Recorded(String sql, List<Object> values) {
		}

		private static volatile boolean recording;

		private static final List<Recorded> RECORDED = new CopyOnWriteArrayList<>();

		QueryRecorder(DataSource target) {
			super(target);
		}

		static void start() {
			RECORDED.clear();
			recording = true;
		}

		static void stop() {
			recording = false;
		}

		static List<Recorded> recorded() {
			return List.copyOf(RECORDED);
		}

		@Override
		public Connection getConnection() throws SQLException {
			return connection(super.getConnection());
		}

		@Override
		public Connection getConnection(String username, String password) throws SQLException {
			return connection(super.getConnection(username, password));
		}

		private static Connection connection(Connection target) {
			return (Connection) Proxy.newProxyInstance(QueryRecorder.class.getClassLoader(),
					new Class<?>[] { Connection.class }, (proxy, method, arguments) -> {
						Object result = invoke(target, method, arguments);
						if (recording && result instanceof PreparedStatement statement && arguments != null
								&& arguments[0] instanceof String sql && sql.strip().toLowerCase(Locale.ROOT).startsWith("select")) {
							return statement(statement, sql);
						}
						return result;
					});
		}

		private static PreparedStatement statement(PreparedStatement target, String sql) {
			Map<Integer, Object> values = new TreeMap<>();
			InvocationHandler handler = (proxy, method, arguments) -> {
				if (method.getName().startsWith("set") && arguments != null && arguments.length >= 2
						&& arguments[0] instanceof Integer index) {
					values.put(index, arguments[1]);
				}
				if (method.getName().startsWith("execute") && recording) {
					RECORDED.add(new Recorded(sql, new ArrayList<>(values.values())));
				}
				return invoke(target, method, arguments);
			};
			return (PreparedStatement) Proxy.newProxyInstance(QueryRecorder.class.getClassLoader(),
					new Class<?>[] { PreparedStatement.class }, handler);
		}

		private static Object invoke(Object target, java.lang.reflect.Method method, Object[] arguments) throws Throwable {
			try {
				return method.invoke(target, arguments);
			}
			catch (InvocationTargetException ex) {
				throw ex.getCause();
			}
		}

	}

	// --- the coordinator's browser ---

	private SoclePrincipal principal(String username, Role role) {
		long id = jdbc.queryForObject("select id from person where username = ?", Long.class, username);
		Set<Role> roles = Set.of(role, Role.LEARNER);
		return new SoclePrincipal() {
			@Override
			public PersonId personId() {
				return PersonId.of(id);
			}

			@Override
			public String displayName() {
				return username;
			}

			@Override
			public Set<Role> roles() {
				return roles;
			}
		};
	}

	/** A browser: a cookie jar and the session's CSRF token; redirects are not followed. */
	private final class Browser {

		private final HttpClient http = HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER)
			.connectTimeout(Duration.ofSeconds(10))
			.build();

		void signIn(String username) throws IOException, InterruptedException {
			Matcher csrf = CSRF.matcher(get("/login").body());
			if (!csrf.find()) {
				throw new IllegalStateException("No CSRF token on the login page");
			}
			String form = "_csrf=" + encode(csrf.group(1)) + "&username=" + encode(username) + "&password="
					+ encode(RegionGenerator.PASSWORD);
			HttpResponse<Void> response = http.send(HttpRequest.newBuilder(URI.create(url("/login")))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(form))
				.build(), HttpResponse.BodyHandlers.discarding());
			String location = response.headers().firstValue("Location").orElse("");
			if (response.statusCode() != 302 || location.contains("error")) {
				throw new IllegalStateException("Sign-in of " + username + " refused: " + response.statusCode() + " " + location);
			}
		}

		HttpResponse<String> get(String path) throws IOException, InterruptedException {
			return http.send(HttpRequest.newBuilder(URI.create(url(path))).header("Accept", "application/json, text/html")
				.GET().build(), HttpResponse.BodyHandlers.ofString());
		}

	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

}
