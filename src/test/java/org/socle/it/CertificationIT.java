package org.socle.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.socle.catalog.CatalogApi;
import org.socle.catalog.ModuleDetails.Text;
import org.socle.catalog.ModuleOutline;
import org.socle.certification.CertificateState;
import org.socle.certification.CertificationApi;
import org.socle.certification.CertificationCoverage;
import org.socle.certification.domain.Certificates;
import org.socle.certification.domain.ExpiryReminders;
import org.socle.certification.domain.Programme;
import org.socle.certification.domain.ProgrammeVersions;
import org.socle.identity.IdentityApi;
import org.socle.identity.NewAccount;
import org.socle.identity.PersonId;
import org.socle.identity.Role;
import org.socle.learning.Answer;
import org.socle.learning.AssessmentApi;
import org.socle.learning.LearningApi;
import org.socle.learning.ModuleCompleted;
import org.socle.notification.NotificationApi;
import org.socle.organisation.OrganisationApi;
import org.socle.privacy.PrivacyApi;
import org.socle.privacy.RecordKind;
import org.socle.support.MovableClock;
import org.socle.support.SocleIntegrationTest;
import org.socle.support.TestPrincipal;
import org.socle.certification.web.ProgrammeForm;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

@SocleIntegrationTest
class CertificationIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	IdentityApi identity;

	@Autowired
	OrganisationApi organisation;

	@Autowired
	CatalogApi catalog;

	@Autowired
	LearningApi learning;

	@Autowired
	AssessmentApi assessments;

	@Autowired
	ProgrammeVersions programmes;

	@Autowired
	Certificates certificates;

	@Autowired
	CertificationApi certification;

	@Autowired
	ExpiryReminders reminders;

	@Autowired
	NotificationApi notifications;

	@Autowired
	PrivacyApi privacy;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MovableClock clock;

	private final List<String> testProgrammes = new ArrayList<>();

	@AfterEach
	void timeGoesBackAndTestProgrammesAreRetired() {
		clock.reset();
		testProgrammes.forEach(programmes::retire);
	}

	@Test
	void theContentsProgrammesAreStoredAsVersionsAndAnUnchangedOneStaysAsItIs() {
		assertThat(programmes.current()).extracting(Programme::slug)
			.contains("referent-numerique", "formateur-interne", "veilleur-reglementaire");
		Programme referent = programmes.currentOf("referent-numerique").orElseThrow();
		assertThat(referent.curricula()).singleElement()
			.satisfies(curriculum -> assertThat(curriculum.modules()).contains("role-referent-numerique")
				.doesNotContain("applis-sante-objets-connectes"));

		assertThat(programmes.store(referent, "content", null)).isEqualTo(referent.versionNumber());
	}

	@Test
	void aLearnerIsCertifiedWhenTheTrainerValidatesTheirEvidenceAfterSendingItBackOnce() throws Exception {
		PersonId learner = newLearner();
		TestPrincipal me = principal(learner);
		TestPrincipal trainer = TestPrincipal.of(identity, "trainer", Role.LEARNER, Role.TRAINER);
		Programme referent = programmes.currentOf("referent-numerique").orElseThrow();
		referent.modules().forEach(module -> complete(learner, module));
		assertThat(certificates.latest(learner, "referent-numerique")).isEmpty();

		// A file that is not a document is refused, and the text typed is given back.
		mvc.perform(multipart("/certifications/referent-numerique/evidence/plan-action-unite")
			.file(new MockMultipartFile("file", "plan.pdf", "application/pdf", "<script>alert(1)</script>".getBytes()))
			.param("body", "Mon plan d’action")
			.with(csrf())
			.with(authentication(me.authentication())))
			.andExpect(status().is3xxRedirection())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
				.attribute("drafts", Map.of("plan-action-unite", "Mon plan d’action")));
		assertThat(jdbc.queryForObject("select count(*) from certification_evidence where person_id = ?", Integer.class,
				learner.value())).isZero();

		long first = submit(me, "Plan d’action, première version");
		mvc.perform(post("/certifications/reviews/{id}", first).param("decision", "return").param("comment", " ")
			.with(csrf()).with(authentication(trainer.authentication())))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
				.attribute("problem", "certification.evidence.error.comment-required"));
		mvc.perform(post("/certifications/reviews/{id}", first).param("decision", "return")
			.param("comment", "Ajoutez un calendrier.").with(csrf()).with(authentication(trainer.authentication())))
			.andExpect(status().is3xxRedirection());
		assertThat(certificates.latest(learner, "referent-numerique")).isEmpty();

		long second = submit(me, "Plan d’action avec calendrier");
		// A trainer of another unit cannot review it, nor even see it.
		mvc.perform(get("/certifications/reviews/{id}", second)
			.with(authentication(TestPrincipal.of(identity, "trainer2", Role.LEARNER, Role.TRAINER).authentication())))
			.andExpect(status().isNotFound());
		mvc.perform(get("/certifications/evidence/{id}/file", second)
			.with(authentication(TestPrincipal.of(identity, "trainer2", Role.LEARNER, Role.TRAINER).authentication())))
			.andExpect(status().isNotFound());
		mvc.perform(get("/certifications/reviews/{id}", second).with(authentication(trainer.authentication())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Plan d’action avec calendrier")));
		mvc.perform(post("/certifications/reviews/{id}", second).param("decision", "validate").with(csrf())
			.with(authentication(trainer.authentication())))
			.andExpect(status().is3xxRedirection());

		// Issued as soon as the validation is committed (by a listener of its event).
		await().atMost(Duration.ofSeconds(20))
			.until(() -> certificates.latest(learner, "referent-numerique").isPresent());
		List<Certificates.Certificate> issued = certificates.certificates(learner)
			.stream()
			.filter(c -> c.programmeSlug().equals("referent-numerique"))
			.toList();
		assertThat(issued).singleElement().satisfies(certificate -> {
			assertThat(certificate.programmeSlug()).isEqualTo("referent-numerique");
			assertThat(certificate.number()).matches("SOC-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}");
			assertThat(certificate.stateOn(certificates.today())).isEqualTo(CertificateState.ACTIVE);
			Certificates.Basis basis = certificates.basis(certificate.id());
			assertThat(basis.evidence()).containsExactly(second);
			assertThat(basis.moduleVersions()).containsKeys("role-referent-numerique", "cyberattaque-rancongiciel-reagir");
		});
		String number = issued.get(0).number();
		assertThat(jdbc.queryForObject("select count(*) from certification_evidence where person_id = ?", Integer.class,
				learner.value())).as("history kept").isEqualTo(2);

		String mine = "$[?(@.number == '" + number + "')]";
		mvc.perform(get("/api/v1/me/certificates").with(authentication(me.authentication())))
			.andExpect(jsonPath(mine + ".programme").value("referent-numerique"))
			.andExpect(jsonPath(mine + ".status").value("active"))
			.andExpect(jsonPath(mine + ".issuedAt").exists())
			.andExpect(jsonPath(mine + ".expiresAt").exists());
		mvc.perform(get("/certificates/{n}.pdf", number).with(authentication(me.authentication())))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"));
		mvc.perform(get("/certificates/{n}.jwt", number).with(authentication(me.authentication())))
			.andExpect(status().isOk());
		TestPrincipal other = TestPrincipal.of(identity, "learner", Role.LEARNER);
		mvc.perform(get("/certificates/{n}.pdf", number).with(authentication(other.authentication())))
			.andExpect(status().isNotFound());
		mvc.perform(get("/certificates/{n}.jwt", number).with(authentication(other.authentication())))
			.andExpect(status().isNotFound());

		verify(number).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("active"))
			.andExpect(jsonPath("$.holder").value("Apprenant Essai"));
		mvc.perform(get("/verify/{n}", number).with(from("10.0.0.2")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Certificat valide")));

		TestPrincipal admin = TestPrincipal.of(identity, "admin", Role.ADMIN);
		mvc.perform(post("/admin/certificates/{n}/revocation", number).param("reason", "").with(csrf())
			.with(authentication(admin.authentication())))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
				.attribute("problem", "certification.revoke.error.reason"));
		// The node that revokes runs ten minutes behind the one that validated (a clock stepped back): the
		// evidence the certificate rested on still never counts again.
		clock.advance(Duration.ofMinutes(-10));
		mvc.perform(post("/admin/certificates/{n}/revocation", number).param("reason", "Plan copié d’un autre service")
			.with(csrf()).with(authentication(admin.authentication())))
			.andExpect(status().is3xxRedirection());

		verify(number).andExpect(jsonPath("$.status").value("revoked")).andExpect(jsonPath("$.valid").value(false));
		mvc.perform(get("/certificates/{n}.jwt", number).with(authentication(me.authentication())))
			.andExpect(status().isGone());
		assertThat(certificates.certificate(number).orElseThrow().revocationReason()).isEqualTo("Plan copié d’un autre service");
		// Revoked: the criteria still met do not bring a new certificate by themselves.
		certificates.evaluate(learner);
		assertThat(certificates.latest(learner, "referent-numerique").orElseThrow().number()).isEqualTo(number);
	}

	@Test
	void concurrentCompletionEventsIssueTheCertificateExactlyOnce() throws Exception {
		PersonId learner = newLearner();
		complete(learner, "services-numeriques-socle");
		Programme programme = testProgramme("services-numeriques-socle");

		ExecutorService pool = Executors.newFixedThreadPool(8);
		try {
			List<Callable<Object>> tasks = new ArrayList<>();
			ModuleOutline module = catalog.currentModules().stream()
				.filter(m -> m.slug().equals("services-numeriques-socle")).findFirst().orElseThrow();
			for (int i = 0; i < 8; i++) {
				tasks.add(i % 2 == 0 ? () -> transaction.execute(status -> {
					events.publishEvent(new ModuleCompleted(learner, module.slug(), module.versionId(), Instant.now()));
					return null;
				}) : () -> certificates.evaluate(learner));
			}
			for (Future<Object> done : pool.invokeAll(tasks)) {
				done.get();
			}
		}
		finally {
			pool.shutdown();
		}

		// The events are handled after their transactions commit: it stays one certificate once they all are.
		await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject(
				"select count(*) from certificate where person_id = ? and programme_slug = ?", Integer.class,
				learner.value(), programme.slug()) == 1);
		assertThat(notifications.noticesOf(learner, Locale.FRENCH, 50))
			.filteredOn(notice -> notice.text().contains(programme.slug()))
			.hasSize(1);
	}

	@Test
	void aCertificateBecomesExpiringThenIsRenewedInItsWindowAndTheOldOneExpiresAfterItsGrace() throws Exception {
		Programme programme = testProgramme("services-numeriques-socle");
		PersonId learner = certifiedLearner(programme);
		String first = certificates.latest(learner, programme.slug()).orElseThrow().number();
		TestPrincipal me = principal(learner);
		assertThat(certificates.certificate(first).orElseThrow().stateOn(certificates.today()))
			.isEqualTo(CertificateState.ACTIVE);

		// Ten months on: within the last three months (the window) and the last 90 days.
		clock.advance(Duration.ofDays(305));
		mvc.perform(get("/api/v1/me/certificates").with(authentication(me.authentication())))
			.andExpect(jsonPath("$[?(@.number == '" + first + "')].status").value("expiring"));
		assertThat(reminders.remind(certificates.today())).isPositive();
		assertThat(reminders.remind(certificates.today())).as("once").isZero();
		assertThat(notifications.noticesOf(learner, Locale.FRENCH, 50))
			.anySatisfy(notice -> assertThat(notice.text()).contains("expire le"));

		// Renewal: the shorter path (no evidence in this programme) issues the next cycle, linked to the first.
		certificates.evaluate(learner);
		String renewed = certificates.latest(learner, programme.slug()).orElseThrow().number();
		Certificates.Certificate next = certificates.certificate(renewed).orElseThrow();
		Certificates.Certificate previous = certificates.certificate(first).orElseThrow();
		assertThat(next.previousId()).isEqualTo(previous.id());
		assertThat(next.cycle()).isEqualTo(2);
		assertThat(next.dates().expiresOn()).isEqualTo(previous.dates().expiresOn().plusMonths(programme.validityMonths()));
		certificates.evaluate(learner);
		assertThat(certificates.latest(learner, programme.slug()).orElseThrow().number()).as("exactly once").isEqualTo(renewed);

		clock.advance(Duration.ofDays(200));
		assertThat(previous.stateOn(certificates.today())).isEqualTo(CertificateState.EXPIRED);
		assertThat(next.stateOn(certificates.today())).isEqualTo(CertificateState.ACTIVE);
		assertThat(certification.byNumber(first).orElseThrow().state()).isEqualTo(CertificateState.EXPIRED);
	}

	@Test
	void inItsGracePeriodACertificateStillCountsAndItsVerificationSaysUntilWhenItMayBeRenewed() throws Exception {
		Programme programme = testProgramme("services-numeriques-socle");
		PersonId learner = certifiedLearner(programme);
		Certificates.Certificate certificate = certificates.latest(learner, programme.slug()).orElseThrow();

		// Ten days past the expiry date, not renewed: within the two months of grace.
		clock.advance(Duration.between(clock.instant(),
				certificate.dates().expiresOn().plusDays(10).atStartOfDay(java.time.ZoneId.of("Europe/Paris")).toInstant()));
		verify(certificate.number()).andExpect(jsonPath("$.status").value("expiring"))
			.andExpect(jsonPath("$.valid").value(true))
			.andExpect(jsonPath("$.gracePeriod.renewableUntil").value(certificate.dates().graceEndsOn().toString()));
		mvc.perform(get("/verify/{n}", certificate.number()).with(from("10.0.0.3")))
			.andExpect(content().string(containsString("Certificat en période de grâce")))
			.andExpect(content().string(containsString("La date de validité")));

		clock.advance(Duration.ofDays(70));
		verify(certificate.number()).andExpect(jsonPath("$.status").value("expired"))
			.andExpect(jsonPath("$.valid").value(false))
			.andExpect(jsonPath("$.gracePeriod").doesNotExist());
	}

	@Test
	void anAdministratorEditsAProgrammesCriteriaAsNewVersionsAndAMistakeLosesNothingTyped() throws Exception {
		Programme programme = testProgramme("services-numeriques-socle");
		TestPrincipal admin = TestPrincipal.of(identity, "admin", Role.ADMIN);
		mvc.perform(get("/admin/certifications/{slug}", programme.slug()).with(authentication(admin.authentication())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"services-numeriques-socle\" selected")))
			.andExpect(content().string(containsString("name=\"curricula\" value=\"referent-numerique\"")));

		// Mistakes: the window longer than the validity, a module twice, an evidence id with spaces.
		MvcResult refused = mvc.perform(programmeForm(programme, "30", "services-numeriques-socle", "services-numeriques-socle",
				"Observation d’une séance", "Observation seance").with(authentication(admin.authentication())))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		@SuppressWarnings("unchecked")
		Map<String, String> errors = (Map<String, String>) refused.getFlashMap().get("errors");
		assertThat(errors).containsEntry("window", "certification.programme.error.window")
			.containsEntry("scoreModule1", "certification.programme.error.module-twice")
			.containsEntry("evidenceId1", "certification.programme.error.evidence-id");
		ProgrammeForm typed = (ProgrammeForm) refused.getFlashMap().get("form");
		assertThat(typed.window()).isEqualTo("30");
		assertThat(typed.evidence()).anySatisfy(row -> {
			assertThat(row.id()).isEqualTo("Observation seance");
			assertThat(row.titleFr()).isEqualTo("Observation d’une séance");
		});
		assertThat(typed.curricula()).containsExactly("referent-numerique");
		assertThat(programmes.currentOf(programme.slug()).orElseThrow().versionNumber()).as("nothing saved").isEqualTo(1);

		mvc.perform(programmeForm(programme, "6", "services-numeriques-socle", "cyberattaque-rancongiciel-reagir",
				"Observation d’une séance", "observation-seance").with(authentication(admin.authentication())))
			.andExpect(flash().attribute("notice", "certification.programme.saved"));
		Programme edited = programmes.currentOf(programme.slug()).orElseThrow();
		assertThat(edited.versionNumber()).isEqualTo(2);
		assertThat(edited.title().fr()).isEqualTo("Programme révisé");
		assertThat(edited.validityMonths()).isEqualTo(24);
		assertThat(edited.minimumScores()).containsExactly(new Programme.MinimumScore("services-numeriques-socle", 80),
				new Programme.MinimumScore("cyberattaque-rancongiciel-reagir", 75));
		assertThat(edited.curricula()).singleElement().satisfies(curriculum -> {
			assertThat(curriculum.id()).isEqualTo("referent-numerique");
			assertThat(curriculum.modules()).contains("role-referent-numerique").doesNotContain("applis-sante-objets-connectes");
		});
		assertThat(edited.evidence()).extracting(Programme.EvidenceItem::id).containsExactly("observation-seance");
		assertThat(edited.dpc()).isEqualTo(new Programme.Dpc("formation-continue", "Numérique en santé", "E-learning", 7));
		assertThat(programmes.byId(programme.versionId()).orElseThrow().validityMonths()).as("kept").isEqualTo(12);
		assertThat(programmes.originOf(programme.slug())).isEqualTo("admin");
		// A learner's standing follows the new criteria.
		PersonId learner = newLearner();
		complete(learner, "services-numeriques-socle");
		assertThat(certificates.progress(learner, edited).standing().orElseThrow().criteria())
			.anySatisfy(criterion -> {
				assertThat(criterion.ref()).isEqualTo("observation-seance");
				assertThat(criterion.met()).isFalse();
			});

		// The evidence item removed: a third version without it; the same form again changes nothing.
		MockHttpServletRequestBuilder removal = programmeForm(programme, "6", "services-numeriques-socle", "", "", "")
			.param("evidenceExisting0", "1")
			.param("evidenceId0", "observation-seance")
			.param("evidenceTitleFr0", "Observation d’une séance")
			.param("evidenceRemove0", "1")
			.with(authentication(admin.authentication()));
		mvc.perform(removal).andExpect(flash().attribute("notice", "certification.programme.saved"));
		Programme third = programmes.currentOf(programme.slug()).orElseThrow();
		assertThat(third.versionNumber()).isEqualTo(3);
		assertThat(third.evidence()).isEmpty();
		assertThat(third.minimumScores()).containsExactly(new Programme.MinimumScore("services-numeriques-socle", 80));
		mvc.perform(removal).andExpect(flash().attribute("notice", "certification.programme.unchanged"));

		mvc.perform(get("/admin/certifications/{slug}", programme.slug())
			.with(authentication(TestPrincipal.of(identity, "trainer", Role.TRAINER).authentication())))
			.andExpect(status().isForbidden());
		mvc.perform(programmeForm(programme, "6", "services-numeriques-socle", "", "", "")
			.with(authentication(TestPrincipal.of(identity, "trainer", Role.TRAINER).authentication())))
			.andExpect(status().isForbidden());
	}

	/** The programme form: two score rows, one new evidence row, the Référent numérique curriculum. */
	private static MockHttpServletRequestBuilder programmeForm(Programme programme, String window, String firstModule,
			String secondModule, String evidenceTitle, String evidenceId) {
		return post("/admin/certifications/{slug}", programme.slug()).param("titleFr", "Programme révisé")
			.param("titleEn", "Revised programme")
			.param("curricula", "referent-numerique")
			.param("scoreRows", "2")
			.param("scoreModule0", firstModule)
			.param("score0", "80")
			.param("scoreModule1", secondModule)
			.param("score1", secondModule.isEmpty() ? "" : "75")
			.param("evidenceRows", "2")
			.param("evidenceExisting1", "0")
			.param("evidenceId1", evidenceId)
			.param("evidenceTitleFr1", evidenceTitle)
			.param("validity", "24")
			.param("window", window)
			.param("grace", "2")
			.param("dpcActionType", "formation-continue")
			.param("dpcOrientation", "Numérique en santé")
			.param("dpcMethod", "E-learning")
			.param("dpcHours", "7")
			.with(csrf());
	}

	@Test
	void aManagerSeesTheCertificatesOfTheirStaffAndTheReadIsLogged() throws Exception {
		PersonId trainer = identity.personByUsername("trainer").orElseThrow().id();
		int before = privacy.accessesTo(trainer, 1000).size();

		mvc.perform(get("/people/{id}/certificates", trainer.value())
			.with(authentication(TestPrincipal.of(identity, "manager", Role.LEARNER, Role.MANAGER).authentication())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Formateur interne")));
		assertThat(privacy.accessesTo(trainer, 1000)).hasSize(before + 1);
		assertThat(privacy.accessesTo(trainer, 1).get(0).kind()).isEqualTo(RecordKind.CERTIFICATES);

		mvc.perform(get("/people/{id}/certificates", trainer.value())
			.with(authentication(TestPrincipal.of(identity, "coordinator2", Role.COORDINATOR).authentication())))
			.andExpect(status().isForbidden());
		assertThat(privacy.accessesTo(trainer, 1000)).hasSize(before + 1);
	}

	@Test
	void theDemoTrainerCountsInTheCoverageOfTheirEstablishment() {
		TestPrincipal admin = TestPrincipal.of(identity, "admin", Role.ADMIN);
		long kerlann = organisation.establishmentsVisibleTo(admin).stream()
			.filter(e -> e.code().equals("ch-kerlann")).findFirst().orElseThrow().id();

		List<CertificationCoverage> coverage = certification.coverage(List.of(kerlann));

		assertThat(coverage).singleElement().satisfies(establishment -> assertThat(establishment.roles())
			.filteredOn(role -> role.programme().equals("formateur-interne"))
			.singleElement()
			.satisfies(role -> assertThat(role.active()).isPositive()));
	}

	@Test
	void verificationIsPublicRateLimitedAndSaysNothingOfAnUnknownNumber() throws Exception {
		mvc.perform(get("/verify/SOC-2222-2222-2222").accept("application/json").with(from("10.1.1.1")))
			.andExpect(status().isNotFound());
		mvc.perform(get("/verify/not-a-number").with(from("10.1.1.1"))).andExpect(status().isNotFound());
		int limited = 0;
		for (int i = 0; i < 30; i++) {
			int code = mvc.perform(get("/verify/SOC-2222-2222-2222").accept("application/json").with(from("10.1.1.2")))
				.andReturn().getResponse().getStatus();
			limited += code == 429 ? 1 : 0;
		}
		assertThat(limited).isPositive();
		mvc.perform(get("/verify/SOC-2222-2222-2222").accept("application/json").with(from("10.1.1.2")))
			.andExpect(status().isTooManyRequests())
			.andExpect(header().exists("Retry-After"));
		mvc.perform(get("/verify/SOC-2222-2222-2222").accept("application/json").with(from("10.1.1.3")))
			.andExpect(status().isNotFound());
	}

	private org.springframework.test.web.servlet.ResultActions verify(String number) throws Exception {
		return mvc.perform(get("/verify/{n}", number).accept("application/json").with(from("10.0.0.1")));
	}

	private static org.springframework.test.web.servlet.request.RequestPostProcessor from(String address) {
		return request -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	private long submit(TestPrincipal me, String text) throws Exception {
		mvc.perform(multipart("/certifications/referent-numerique/evidence/plan-action-unite")
			.file(new MockMultipartFile("file", "plan.pdf", "application/octet-stream", "%PDF-1.4 plan".getBytes()))
			.param("body", text)
			.with(csrf())
			.with(authentication(me.authentication())))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
				.attribute("notice", "certification.evidence.submitted"));
		return jdbc.queryForObject("select max(id) from certification_evidence where person_id = ?", Long.class,
				me.personId().value());
	}

	/** A programme of this test only, asking for a score of 70 on one module: met by whoever passed it. */
	private Programme testProgramme(String module) {
		String slug = "test-" + UUID.randomUUID().toString().substring(0, 8);
		testProgrammes.add(slug);
		programmes.store(new Programme(0, slug, 0, "referent-numerique", new Text("Programme d’essai " + slug, null), null,
				List.of(), List.of(new Programme.MinimumScore(module, 70)), List.of(), 12, 3, 2, null), "content", null);
		return programmes.currentOf(slug).orElseThrow();
	}

	/** A new learner who completed the test programme's module, and was certified. */
	private PersonId certifiedLearner(Programme programme) {
		PersonId learner = newLearner();
		programme.minimumScores().forEach(score -> complete(learner, score.module()));
		certificates.evaluate(learner);
		return learner;
	}

	private PersonId newLearner() {
		String username = "cert-" + UUID.randomUUID().toString().substring(0, 8);
		PersonId person = identity.createAccount(new NewAccount(username, "Apprenant Essai", null,
				EnumSet.of(Role.LEARNER), null));
		organisation.addMembership(person, organisation.findUnit("ch-kerlann", "Médecine polyvalente").orElseThrow(),
				"infirmier", LocalDate.now().minusDays(10));
		return person;
	}

	private TestPrincipal principal(PersonId person) {
		return new TestPrincipal(person, "Apprenant Essai", EnumSet.of(Role.LEARNER));
	}

	private void complete(PersonId person, String slug) {
		ModuleOutline module = catalog.currentModules().stream().filter(m -> m.slug().equals(slug)).findFirst().orElseThrow();
		learning.enrol(person, slug);
		module.lessons().forEach(lesson -> learning.recordLessonRead(person, slug, lesson.slug()));
		catalog.assessment(module.versionId()).ifPresent(assessment -> {
			int attempt = assessments.start(person, slug);
			Map<String, Answer> answers = new HashMap<>();
			assessment.questions().forEach(question -> answers.put(question.id(), Answer.expectedFor(question)));
			assessments.submit(person, slug, attempt, answers);
		});
	}

}
