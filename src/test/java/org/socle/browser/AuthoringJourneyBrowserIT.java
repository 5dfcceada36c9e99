package org.socle.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.socle.identity.IdentityApi;
import org.socle.identity.NewAccount;
import org.socle.identity.Role;
import org.socle.support.TestDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * A module goes from one trainer's draft to the catalogue through another trainer's review: trainer
 * A writes a lesson and two questions, trainer B asks for a change, A makes it, B publishes, and a
 * learner finds the module through the catalogue filters. Every authoring page is checked by axe.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = TestDatabase.class)
class AuthoringJourneyBrowserIT {

	private static final String PASSWORD = "mot-de-passe-essai";

	@LocalServerPort
	int port;

	@Autowired
	IdentityApi identity;

	private WebDriver browser;

	private WebDriverWait wait;

	private final List<String> violations = new ArrayList<>();

	@BeforeEach
	void openBrowser() {
		browser = Browsers.headlessChromium();
		wait = new WebDriverWait(browser, Duration.ofSeconds(15));
	}

	@AfterEach
	void closeBrowser() {
		if (browser != null) {
			browser.quit();
		}
	}

	@Test
	void aModuleIsReviewedByAnotherTrainerBeforeLearnersFindIt() {
		String run = UUID.randomUUID().toString().substring(0, 8);
		String authorName = account("auteur-" + run, "Gaëlle Riou " + run, Role.TRAINER);
		String reviewerName = account("relecteur-" + run, "Bastien Morvan " + run, Role.TRAINER);
		account("apprenant-" + run, "Lina Perrot " + run, Role.LEARNER);
		String title = "Tracer les accès au dossier " + run;

		// Trainer A starts a module and writes its lesson, previewing it without JavaScript's help.
		Browsers.signIn(browser, url(""), "auteur-" + run, PASSWORD);
		browser.findElement(By.linkText("Rédaction")).click();
		scan("/authoring");
		browser.findElement(By.id("titleFr")).sendKeys(title);
		browser.findElement(By.id("slug")).sendKeys("essai-" + run);
		new Select(browser.findElement(By.id("axis"))).selectByValue("data-ethics");
		WebElement duration = browser.findElement(By.id("duration"));
		duration.clear();
		duration.sendKeys("20");
		browser.findElement(By.id("competency-D1")).click();
		submitAndWait(By.id("start-module"));
		assertThat(browser.findElement(By.id("draft-state")).getText()).isEqualTo("Brouillon");
		String draftUrl = browser.getCurrentUrl();
		scan("draft page");

		browser.findElement(By.id("media-file")).sendKeys(image().toString());
		submitAndWait(By.id("add-media"));
		assertThat(browser.findElement(By.id("media-added")).getText()).contains("media/schema-des-acces.png");

		browser.findElement(By.linkText("lessons/01-introduction.md")).click();
		type(By.id("content"), "# " + title + "\n\n## Pourquoi tracer\n\nChaque consultation laisse une trace.\n\n"
				+ "![Schéma des accès](media/schema-des-acces.png)\n");
		submitAndWait(By.id("preview-file"));
		assertThat(browser.findElement(By.id("preview")).getText()).contains("Pourquoi tracer");
		assertThat(imageLoaded(By.cssSelector("#preview img"))).as("the preview shows the uploaded image").isTrue();
		scan("lesson editor");
		submitAndWait(By.id("save-file"));
		assertThat(browser.findElement(By.id("content")).getDomProperty("value")).contains("Chaque consultation");

		// Two questions: the editor adds valid templates, of the types chosen.
		browser.get(draftUrl);
		browser.findElement(By.id("write-assessment")).click();
		new Select(browser.findElement(By.id("questionType"))).selectByValue("true-false");
		submitAndWait(By.id("add-question"));
		String assessment = browser.findElement(By.id("content")).getDomProperty("value");
		assertThat(assessment).contains("type: single-choice", "type: true-false");
		type(By.id("content"), assessment.replace("Votre question ?", "Qui peut lire ce journal ?"));
		submitAndWait(By.id("save-file"));

		browser.get(draftUrl);
		assertThat(browser.findElements(By.id("draft-problems"))).isEmpty();
		submitAndWait(By.id("submit-draft"));
		assertThat(browser.findElement(By.id("draft-state")).getText()).isEqualTo("Soumis à relecture");
		assertThat(browser.findElements(By.id("approve"))).as("the author has no approve button").isEmpty();
		Browsers.signOut(browser);

		// Trainer B asks for a change.
		Browsers.signIn(browser, url(""), "relecteur-" + run, PASSWORD);
		browser.get(url("/authoring"));
		browser.findElement(By.linkText(title)).click();
		browser.findElement(By.id("review-comment")).sendKeys("Ajoutez ce que le patient peut demander.");
		submitAndWait(By.id("request-changes"));
		assertThat(browser.findElement(By.id("draft-state")).getText()).isEqualTo("Modifications demandées");
		Browsers.signOut(browser);

		// Trainer A reads the request, fixes the lesson and submits again.
		Browsers.signIn(browser, url(""), "auteur-" + run, PASSWORD);
		browser.get(draftUrl);
		assertThat(browser.findElement(By.id("requested-changes")).getText())
			.contains("Ajoutez ce que le patient peut demander.");
		browser.findElement(By.linkText("lessons/01-introduction.md")).click();
		WebElement lesson = browser.findElement(By.id("content"));
		type(By.id("content"), lesson.getDomProperty("value")
				+ "\nLe patient peut demander qui a consulté son dossier.\n");
		submitAndWait(By.id("save-file"));
		browser.get(draftUrl);
		submitAndWait(By.id("submit-draft"));
		Browsers.signOut(browser);

		// Trainer B publishes.
		Browsers.signIn(browser, url(""), "relecteur-" + run, PASSWORD);
		browser.get(draftUrl);
		browser.findElement(By.id("review-comment")).sendKeys("Clair et sourcé.");
		submitAndWait(By.id("approve"));
		assertThat(browser.findElement(By.id("draft-state")).getText()).isEqualTo("Publié");
		assertThat(browser.findElement(By.id("draft-history")).getText())
			.contains(authorName, reviewerName, "Ajoutez ce que le patient peut demander.", "Clair et sourcé.");
		scan("published draft");
		Browsers.signOut(browser);

		// A learner finds it through the catalogue filters and reads the corrected lesson.
		Browsers.signIn(browser, url(""), "apprenant-" + run, PASSWORD);
		browser.get(url("/catalog"));
		browser.findElement(By.id("q")).sendKeys(run);
		new Select(browser.findElement(By.id("axis"))).selectByValue("data-ethics");
		submitAndWait(By.cssSelector("form.filters button[type=submit]"));
		List<WebElement> found = browser.findElements(By.cssSelector(".card__title a"));
		assertThat(found).singleElement().satisfies(card -> assertThat(card.getText()).isEqualTo(title));
		found.get(0).click();
		submitAndWait(By.cssSelector("form[action$='/enrolment'] button"));
		assertThat(browser.findElement(By.cssSelector(".lesson__body")).getText())
			.contains("Le patient peut demander qui a consulté son dossier.");
		assertThat(imageLoaded(By.cssSelector(".lesson__body img"))).as("the learner sees the image").isTrue();

		assertThat(violations).isEmpty();
	}

	/** A real PNG file (one pixel) to upload, named as a trainer would name it. */
	private static java.nio.file.Path image() {
		try {
			java.nio.file.Path folder = java.nio.file.Files.createTempDirectory("socle-journey-");
			java.nio.file.Path file = folder.resolve("Schéma des accès.png");
			java.nio.file.Files.write(file, java.util.Base64.getDecoder()
				.decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=="));
			return file;
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	/** Whether the browser fetched and decoded the image: the server served it as an image. */
	private boolean imageLoaded(By image) {
		WebElement element = browser.findElement(image);
		wait.until(driver -> Boolean.TRUE.equals(((org.openqa.selenium.JavascriptExecutor) driver)
			.executeScript("return arguments[0].complete", element)));
		Object width = ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("return arguments[0].naturalWidth",
				element);
		return width instanceof Number number && number.intValue() > 0;
	}

	private String account(String username, String name, Role role) {
		identity.createAccount(new NewAccount(username, name, null, EnumSet.of(Role.LEARNER, role), PASSWORD));
		return name;
	}

	/** Replaces a text area's text. */
	private void type(By field, String text) {
		WebElement element = browser.findElement(field);
		element.clear();
		element.sendKeys(text);
	}

	/** Clicks a submit button and waits for the next page. */
	private void submitAndWait(By button) {
		Browsers.clickAndWaitForNextPage(browser, browser.findElement(button));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.tagName("h1")));
	}

	private void scan(String page) {
		violations.addAll(Browsers.accessibilityViolations(browser, page));
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

}
