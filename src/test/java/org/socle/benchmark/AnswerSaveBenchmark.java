package org.socle.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.socle.catalog.content.ModuleFolderReader;
import org.socle.catalog.domain.ModuleImporter;
import org.socle.identity.IdentityApi;
import org.socle.identity.NewAccount;
import org.socle.identity.Role;
import org.socle.learning.LearningApi;
import org.socle.support.TestDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * A load benchmark, not a test of the build: learners (100 by default) sign in through the login form,
 * each starts an attempt and saves answers over HTTP, a question about every second (the think time,
 * {@code -Dbenchmark.think-millis}, 0 for as fast as the server allows), then submits. Reports
 * throughput and the 50th, 95th and 99th percentiles of the answer save, and checks that no request
 * failed and that every answer acknowledged is in the database. Run it with the command in the README
 * (section "Benchmarks"); it fails only on errors or lost answers, never on a time.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = TestDatabase.class)
class AnswerSaveBenchmark {

	private static final int LEARNERS = Integer.getInteger("benchmark.learners", 100);

	private static final int ROUNDS = Integer.getInteger("benchmark.rounds", 3);

	/** How long a learner takes to answer a question, on average; 0 saves as fast as the server allows. */
	private static final int THINK_MILLIS = Integer.getInteger("benchmark.think-millis", 1000);

	private static final int QUESTIONS = 10;

	private static final String PASSWORD = "banc-d-essai-socle";

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@LocalServerPort
	int port;

	@Autowired
	IdentityApi identity;

	@Autowired
	LearningApi learning;

	@Autowired
	ModuleImporter importer;

	@Autowired
	JdbcTemplate jdbc;

	@TempDir
	Path content;

	@Test
	void learnersSaveAnswersAndSubmitConcurrently() throws Exception {
		String run = UUID.randomUUID().toString().substring(0, 8);
		String slug = module(run);
		List<String> usernames = new ArrayList<>();
		for (int i = 0; i < LEARNERS; i++) {
			String username = "banc-" + run + "-" + i;
			var person = identity.createAccount(new NewAccount(username, "Apprenant banc " + i, null,
					EnumSet.of(Role.LEARNER), PASSWORD));
			learning.enrol(person, slug);
			learning.recordLessonRead(person, slug, "01-unique");
			usernames.add(username);
		}

		ConcurrentLinkedQueue<Long> saves = new ConcurrentLinkedQueue<>();
		AtomicInteger errors = new AtomicInteger();
		CountDownLatch ready = new CountDownLatch(LEARNERS);
		CountDownLatch go = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(LEARNERS);
		List<Future<?>> learners = new ArrayList<>();
		for (String username : usernames) {
			learners.add(pool.submit(() -> {
				VirtualLearner learner = new VirtualLearner(username);
				try {
					learner.signInAndStart(slug);
				}
				finally {
					ready.countDown();
				}
				go.await();
				java.util.Random thinking = new java.util.Random(username.hashCode());
				for (int round = 0; round < ROUNDS; round++) {
					for (int q = 1; q <= QUESTIONS; q++) {
						if (THINK_MILLIS > 0) {
							// between half and one and a half times the average, so that learners do not march in step
							Thread.sleep(THINK_MILLIS / 2 + thinking.nextInt(THINK_MILLIS + 1));
						}
						long started = System.nanoTime();
						int status = learner.save(slug, "q" + q, round == ROUNDS - 1 ? "b" : "a");
						saves.add(System.nanoTime() - started);
						if (status != 302) {
							errors.incrementAndGet();
						}
					}
				}
				if (learner.submit(slug) != 302) {
					errors.incrementAndGet();
				}
				return null;
			}));
		}
		ready.await();
		long start = System.nanoTime();
		go.countDown();
		for (Future<?> learner : learners) {
			learner.get();
		}
		double seconds = (System.nanoTime() - start) / 1e9;
		pool.shutdown();

		List<Long> sorted = new ArrayList<>(saves);
		Collections.sort(sorted);
		Integer lost = jdbc.queryForObject("select count(*) from attempt a join enrolment e on e.id = a.enrolment_id"
				+ " where e.module_slug = ? and (a.score is null or a.score <> 100)", Integer.class, slug);
		Integer answers = jdbc.queryForObject("select count(*) from attempt_answer aa join attempt a on a.id = aa.attempt_id"
				+ " join enrolment e on e.id = a.enrolment_id where e.module_slug = ?", Integer.class, slug);
		String report = """
				Answer save benchmark (%s), think time %d ms on average
				  learners: %d, saves: %d, submissions: %d, in %.1f s: %.0f saves/s
				  answer save latency: p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms
				  errors: %d; answers stored: %d of %d; attempts not graded 100 %% (lost answers): %d
				""".formatted(jdbc.queryForObject("select version()", String.class), THINK_MILLIS, LEARNERS, sorted.size(), LEARNERS,
				seconds, sorted.size() / seconds, percentile(sorted, 50), percentile(sorted, 95), percentile(sorted, 99),
				sorted.get(sorted.size() - 1) / 1e6, errors.get(), answers, LEARNERS * QUESTIONS, lost);
		System.out.println(report);
		Files.writeString(Path.of("target", "benchmark-answer-save.txt"), report);
		assertThat(errors.get()).as("requests that failed").isZero();
		assertThat(lost).as("attempts missing an acknowledged answer").isZero();
		assertThat(answers).isEqualTo(LEARNERS * QUESTIONS);
	}

	private static double percentile(List<Long> sorted, int percent) {
		int index = (int) Math.ceil(percent / 100.0 * sorted.size()) - 1;
		return sorted.get(Math.max(0, index)) / 1e6;
	}

	/** One learner's browser: a cookie jar, the CSRF token of the session, no redirect followed. */
	private final class VirtualLearner {

		private final String username;

		private final HttpClient http = HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER)
			.connectTimeout(Duration.ofSeconds(10))
			.build();

		private String csrf;

		VirtualLearner(String username) {
			this.username = username;
		}

		void signInAndStart(String slug) throws IOException, InterruptedException {
			csrf = token(get("/login"));
			post("/login", Map.of("username", username, "password", PASSWORD));
			csrf = token(get("/modules/" + slug + "/assessment"));
			post("/modules/" + slug + "/assessment/attempts", Map.of());
		}

		int save(String slug, String question, String answer) throws IOException, InterruptedException {
			return post("/modules/" + slug + "/assessment/attempts/1", Map.of("action", "save", "q." + question, answer));
		}

		int submit(String slug) throws IOException, InterruptedException {
			return post("/modules/" + slug + "/assessment/attempts/1", Map.of("action", "submit"));
		}

		private String get(String path) throws IOException, InterruptedException {
			return http.send(HttpRequest.newBuilder(URI.create(url(path))).GET().build(),
					HttpResponse.BodyHandlers.ofString()).body();
		}

		private int post(String path, Map<String, String> form) throws IOException, InterruptedException {
			String body = form.entrySet()
				.stream()
				.map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
				.collect(Collectors.joining("&", "_csrf=" + encode(csrf) + (form.isEmpty() ? "" : "&"), ""));
			return http.send(HttpRequest.newBuilder(URI.create(url(path)))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(body))
				.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
		}

		private String token(String page) {
			Matcher matcher = CSRF.matcher(page);
			if (!matcher.find()) {
				throw new IllegalStateException("No CSRF token in the page for " + username);
			}
			return matcher.group(1);
		}

	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

	/** A generated module: one lesson and ten single-choice questions, no time limit, no attempt limit. */
	private String module(String run) {
		String slug = "banc-" + run;
		StringBuilder questions = new StringBuilder("pass-mark: 100\nattempts: 0\nshuffle: false\nquestions:\n");
		for (int q = 1; q <= QUESTIONS; q++) {
			questions.append("""
					  - id: q%d
					    type: single-choice
					    prompt: { fr: "Question %d ?" }
					    options:
					      - { id: a, text: { fr: "Non" }, feedback: { fr: "Non." } }
					      - { id: b, text: { fr: "Oui" }, correct: true, feedback: { fr: "Oui." } }
					""".formatted(q, q));
		}
		try {
			Path folder = Files.createDirectories(content.resolve(slug).resolve("lessons"));
			Files.writeString(folder.getParent().resolve("module.yml"), """
					id: %s
					title: { fr: "Banc d’essai" }
					summary: { fr: "Module généré pour le banc d’essai." }
					axis: digital-tools
					duration: 10
					level: introduction
					competencies: [D4]
					objectives: [ { fr: "Mesurer." } ]
					authors: [ { name: "Banc d’essai" } ]
					lessons: [ { file: 01-unique.md, title: { fr: "Unique" } } ]
					""".formatted(slug));
			Files.writeString(folder.resolve("01-unique.md"), "# Unique\n\nTexte.\n");
			Files.writeString(folder.getParent().resolve("assessment.yml"), questions.toString());
			importer.importModule(new ModuleFolderReader(Set.of("D4")).read(folder.getParent()).module().orElseThrow());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return slug;
	}

}
