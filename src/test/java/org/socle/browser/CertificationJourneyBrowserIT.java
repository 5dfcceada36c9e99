package org.socle.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.socle.catalog.Assessment;
import org.socle.catalog.Assessment.Question;
import org.socle.identity.IdentityApi;
import org.socle.identity.NewAccount;
import org.socle.identity.PersonId;
import org.socle.identity.Role;
import org.socle.learning.AssessmentApi;
import org.socle.organisation.OrganisationApi;
import org.socle.support.TestDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * A learner takes the Référent numérique path in the browser (six modules: every lesson read, every
 * assessment passed) and submits their action plan; the trainer of
 * their unit sends it back with a comment, the learner submits it again, the trainer validates it: the
 * certificate appears, and its verification page (what the QR code leads to) says it is valid. The
 * administrator revokes it, and the same page says so.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = TestDatabase.class)
class CertificationJourneyBrowserIT {

	private static final String PASSWORD = "mot-de-passe-essai";

	@LocalServerPort
	int port;

	@Autowired
	IdentityApi identity;

	@Autowired
	OrganisationApi organisation;

	@Autowired
	AssessmentApi assessments;

	@TempDir
	Path files;

	private WebDriver browser;

	private WebDriverWait wait;

	@BeforeEach
	void openBrowser() {
		browser = Browsers.headlessChromium();
		wait = new WebDriverWait(browser, Duration.ofSeconds(20));
	}

	@AfterEach
	void closeBrowser() {
		if (browser != null) {
			browser.quit();
		}
	}

	@Test
	void aReferentIsCertifiedAfterTheirEvidenceIsSentBackOnceThenValidatedAndTheCertificateIsRevoked() throws IOException {
		String username = "referent-" + UUID.randomUUID().toString().substring(0, 8);
		String name = "Gwenaëlle Tanguy " + username.substring(9);
		PersonId learner = identity.createAccount(new NewAccount(username, name, null, EnumSet.of(Role.LEARNER), PASSWORD));
		organisation.addMembership(learner, organisation.findUnit("ch-kerlann", "Médecine polyvalente").orElseThrow(),
				"infirmier", LocalDate.now().minusDays(30));
		Path plan = Files.write(files.resolve("plan-action.pdf"), "%PDF-1.4\n% plan d’action\n".getBytes());

		signIn(username, PASSWORD);
		// The path, in the browser: every lesson read, every assessment passed with the answers the module's
		// author set as right.
		for (String module : new String[] { "role-referent-numerique", "services-numeriques-socle",
				"donnees-sante-ethique", "cybersecurite-hygiene-soins", "cyberattaque-rancongiciel-reagir",
				"inclusion-numerique-patients-equipes" }) {
			takeModule(learner, module);
		}
		browser.findElement(By.linkText("Certifications")).click();
		browser.findElement(By.linkText("Référent numérique")).click();
		assertThat(browser.findElements(By.cssSelector("#criteria-list li[data-met=true]"))).hasSize(3);
		assertThat(browser.findElements(By.cssSelector("#criteria-list li[data-met=false]"))).hasSize(1);
		submitEvidence("Plan d’action : état des lieux, trois actions.", plan);
		assertThat(browser.findElement(By.cssSelector("[role=status]")).getText()).contains("Votre preuve est soumise");
		signOut();

		signIn("trainer", "socle-demo");
		browser.findElement(By.linkText("Preuves à relire")).click();
		browser.findElement(By.linkText(name)).click();
		assertThat(browser.findElement(By.id("submitted-text")).getText()).contains("trois actions");
		browser.findElement(By.id("comment")).sendKeys("Ajoutez le calendrier des trois actions.");
		Browsers.clickAndWaitForNextPage(browser, browser.findElement(By.cssSelector("button[value=return]")));
		assertThat(browser.findElement(By.cssSelector("[role=status]")).getText()).contains("renvoyée");
		signOut();

		signIn(username, PASSWORD);
		browser.get(url("/certifications/referent-numerique"));
		assertThat(browser.findElement(By.cssSelector(".history blockquote")).getText())
			.isEqualTo("Ajoutez le calendrier des trois actions.");
		submitEvidence("Plan d’action : état des lieux, trois actions, calendrier de janvier à juin.", plan);
		signOut();

		signIn("trainer", "socle-demo");
		browser.findElement(By.linkText("Preuves à relire")).click();
		browser.findElement(By.linkText(name)).click();
		Browsers.clickAndWaitForNextPage(browser, browser.findElement(By.cssSelector("button[value=validate]")));
		assertThat(browser.findElement(By.cssSelector("[role=status]")).getText()).contains("Preuve validée");
		signOut();

		signIn(username, PASSWORD);
		// Issued by a listener once the validation is committed: a moment later at most.
		wait.until(driver -> {
			driver.get(url("/certifications"));
			return !driver.findElements(By.cssSelector("table.certificates tr[data-status=active]")).isEmpty();
		});
		WebElement row = browser.findElement(By.cssSelector("table.certificates tr[data-status=active]"));
		String number = row.getDomAttribute("data-number");
		assertThat(row.getText()).contains("Référent numérique", "Actif");
		signOut();

		browser.get(url("/verify/" + number));
		assertThat(browser.findElement(By.id("verification-status")).getText()).isEqualTo("Certificat valide");
		assertThat(browser.findElement(By.id("holder")).getText()).isEqualTo(name);

		signIn("admin", "socle-demo");
		browser.get(url("/admin/certificates?number=" + number));
		browser.findElement(By.linkText(number)).click();
		browser.findElement(By.id("reason")).sendKeys("Plan d’action recopié d’une autre unité.");
		Browsers.clickAndWaitForNextPage(browser, browser.findElement(By.cssSelector("#revoke-form button")));
		assertThat(browser.findElement(By.id("certificate-status")).getText()).isEqualTo("Révoqué");
		signOut();

		browser.get(url("/verify/" + number));
		assertThat(browser.findElement(By.id("verification-status")).getText())
			.isEqualTo("Certificat révoqué par l’émetteur");
	}

	private void submitEvidence(String text, Path file) {
		WebElement body = browser.findElement(By.id("body-plan-action-unite"));
		body.clear();
		body.sendKeys(text);
		browser.findElement(By.id("file-plan-action-unite")).sendKeys(file.toAbsolutePath().toString());
		Browsers.clickAndWaitForNextPage(browser,
				browser.findElement(By.cssSelector("#evidence-plan-action-unite button[type=submit]")));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#evidence-plan-action-unite .status--pending")));
	}

	/** Enrols, reads every lesson and passes the assessment, as a learner would, in the browser. */
	private void takeModule(PersonId learner, String slug) {
		browser.get(url("/modules/" + slug));
		Browsers.clickAndWaitForNextPage(browser, browser.findElement(By.cssSelector("form[action$='/enrolment'] button")));
		while (!browser.getCurrentUrl().endsWith("/modules/" + slug + "/assessment")) {
			assertThat(browser.getCurrentUrl()).as("reading %s", slug).contains("/modules/" + slug + "/lessons/");
			Browsers.clickAndWaitForNextPage(browser, browser.findElement(By.id("mark-read")));
		}
		Browsers.clickAndWaitForNextPage(browser, browser.findElement(By.id("start-attempt")));
		Assessment assessment = assessments.assessmentOf(learner, slug);
		Map<String, Question> questions = new HashMap<>();
		assessment.questions().forEach(question -> questions.put(question.id(), question));
		for (WebElement fieldset : browser.findElements(By.cssSelector("fieldset.question"))) {
			answerRightly(questions.get(fieldset.getDomAttribute("id").substring("question-".length())));
		}
		Browsers.clickAndWaitForNextPage(browser, browser.findElement(By.id("submit-attempt")));
		assertThat(browser.findElement(By.id("attempt-result")).getText()).as(slug).startsWith("Réussie : 100 %");
	}

	private void answerRightly(Question question) {
		String id = question.id();
		switch (question.type()) {
			case SINGLE_CHOICE, MULTIPLE_CHOICE -> question.options()
				.stream()
				.filter(Assessment.Option::correct)
				.forEach(option -> check(id + "-" + option.id()));
			case TRUE_FALSE -> check(id + "-" + question.answer());
			case ORDERING -> {
				for (int item = 0; item < question.items().size(); item++) {
					new Select(browser.findElement(By.id(id + "-rank-" + item))).selectByValue(String.valueOf(item + 1));
				}
			}
			case MATCHING -> {
				for (int left = 0; left < question.pairs().size(); left++) {
					new Select(browser.findElement(By.id(id + "-match-" + left))).selectByValue(String.valueOf(left));
				}
			}
			case NUMERIC -> type(id + "-text", String.valueOf(question.numericAnswer()).replace('.', ','));
			case SHORT_TEXT -> type(id + "-text", question.accepted().get(0).fr());
			case CLINICAL_CASE -> {
				check(id + "-" + question.caseDetails().expected().name().toLowerCase(java.util.Locale.ROOT));
				type(id + "-justification", "Décision fondée sur la situation clinique décrite.");
			}
		}
	}

	private void check(String inputId) {
		WebElement input = browser.findElement(By.id(inputId));
		if (!input.isSelected()) {
			((org.openqa.selenium.JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})",
					input);
			input.click();
		}
	}

	private void type(String inputId, String text) {
		WebElement input = browser.findElement(By.id(inputId));
		input.clear();
		input.sendKeys(text);
	}

	private void signIn(String username, String password) {
		Browsers.signIn(browser, url(""), username, password);
	}

	private void signOut() {
		Browsers.signOut(browser);
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

}
