package org.socle.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.socle.catalog.domain.ModuleImporter;
import org.socle.identity.IdentityApi;
import org.socle.identity.NewAccount;
import org.socle.identity.Role;
import org.socle.support.TestDatabase;
import org.socle.support.TestModules;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * A learner takes a module to the end in a real browser: reads its lesson, starts the assessment,
 * answers, leaves and comes back to the same questions with their answers, fails, retries, passes,
 * and sees the module completed with its progress bar full.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = TestDatabase.class)
class AssessmentJourneyBrowserIT {

	@LocalServerPort
	int port;

	@Autowired
	IdentityApi identity;

	@Autowired
	ModuleImporter importer;

	@TempDir
	Path content;

	private WebDriver browser;

	@BeforeEach
	void openBrowser() {
		browser = Browsers.headlessChromium();
	}

	@AfterEach
	void closeBrowser() {
		if (browser != null) {
			browser.quit();
		}
	}

	@Test
	void aLearnerFailsRetriesAndPassesAndTheModuleIsCompleted() {
		String slug = module();
		String username = "evaluee-" + UUID.randomUUID().toString().substring(0, 8);
		identity.createAccount(new NewAccount(username, "Yasmine Kerbrat", null, EnumSet.of(Role.LEARNER), "mot-de-passe-essai"));

		Browsers.signIn(browser, url(""), username, "mot-de-passe-essai");
		browser.get(url("/modules/" + slug));
		click(By.cssSelector("form[action$='/enrolment'] button"));
		click(By.id("mark-read"));
		// The last lesson read, the assessment is what remains.
		assertThat(browser.getCurrentUrl()).endsWith("/modules/" + slug + "/assessment");
		List<String> violations = new java.util.ArrayList<>(Browsers.accessibilityViolations(browser, "assessment"));
		click(By.id("start-attempt"));
		violations.addAll(Browsers.accessibilityViolations(browser, "attempt"));

		List<String> order = questionOrder();
		browser.findElement(By.id("ins-a")).click();
		click(By.id("save-answers"));
		browser.get(url("/"));
		browser.findElement(By.linkText("Évaluation d’essai")).click();
		click(By.id("take-assessment"));
		click(By.id("start-attempt"));
		assertThat(questionOrder()).as("the same questions, in the same order").isEqualTo(order);
		assertThat(browser.findElement(By.id("ins-a")).isSelected()).as("the saved answer is back").isTrue();

		browser.findElement(By.id("vrai-false")).click();
		click(By.id("submit-attempt"));
		assertThat(browser.findElement(By.id("attempt-result")).getText()).startsWith("Non réussie");
		violations.addAll(Browsers.accessibilityViolations(browser, "failed attempt with feedback"));

		click(By.linkText("Retour à l’évaluation"));
		click(By.id("start-attempt"));
		browser.findElement(By.id("ins-b")).click();
		browser.findElement(By.id("vrai-true")).click();
		browser.findElement(By.id("cas-amend")).click();
		browser.findElement(By.id("cas-justification")).sendKeys("La fonction rénale impose d’adapter la dose.");
		click(By.id("submit-attempt"));
		assertThat(browser.findElement(By.id("attempt-result")).getText()).startsWith("Réussie : 100 %");

		browser.get(url("/modules/" + slug));
		assertThat(browser.findElement(By.cssSelector(".status--done")).getText()).startsWith("Terminé");
		WebElement bar = browser.findElement(By.cssSelector("progress"));
		assertThat(bar.getDomAttribute("value")).isEqualTo("100");
		browser.get(url("/"));
		assertThat(browser.findElement(By.id("completed-modules")).getText()).contains("Évaluation d’essai", "100 %");
		violations.addAll(Browsers.accessibilityViolations(browser, "dashboard with a completed module"));
		assertThat(violations).isEmpty();
	}

	private List<String> questionOrder() {
		return browser.findElements(By.cssSelector("fieldset.question")).stream().map(q -> q.getDomAttribute("id")).toList();
	}

	private void click(By target) {
		Browsers.clickAndWaitForNextPage(browser, browser.findElement(target));
	}

	private String module() {
		return TestModules.importWithAssessment(importer, content, "essai", "Évaluation d’essai",
				"# L’essentiel\n\nAdapter la dose à la fonction rénale.\n", """
					pass-mark: 100
					attempts: 0
					questions:
					  - id: ins
					    type: single-choice
					    prompt: { fr: "Quel trait fait partie de l’identité nationale de santé ?" }
					    options:
					      - { id: a, text: { fr: "Le numéro de chambre" }, feedback: { fr: "Non : il change à chaque séjour." } }
					      - { id: b, text: { fr: "Le nom de naissance" }, correct: true, feedback: { fr: "Oui." } }
					  - id: vrai
					    type: true-false
					    prompt: { fr: "La fonction rénale peut imposer d’adapter une dose." }
					    answer: true
					    feedback: { correct: { fr: "Oui." }, incorrect: { fr: "Si : c’est le cas de nombreux médicaments." } }
					  - id: cas
					    type: clinical-case
					    prompt: { fr: "Que faites-vous de la suggestion ?" }
					    vignette: { fr: "Madame L., 84 ans (patiente fictive), clairance de la créatinine à 28 mL/min." }
					    suggestion:
					      text: { fr: "Dose standard de l’adulte." }
					      confidence: 0.91
					      rationale: { fr: "Poids et âge." }
					    expected: amend
					    feedback: { accept: { fr: "Non : la clairance n’est pas prise en compte." }, amend: { fr: "Oui : adapter à la clairance." }, reject: { fr: "Le traitement reste indiqué : il faut l’adapter." } }
					""");
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

}
