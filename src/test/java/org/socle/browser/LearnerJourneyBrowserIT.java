package org.socle.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
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
import org.openqa.selenium.support.ui.WebDriverWait;
import org.socle.identity.IdentityApi;
import org.socle.identity.NewAccount;
import org.socle.identity.PersonId;
import org.socle.identity.Role;
import org.socle.organisation.OrganisationApi;
import org.socle.support.TestDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The first journey in a real browser (headless Chromium): a learner reads two lessons and sees
 * the progress bar move; their manager opens their progress; the learner then finds the manager
 * in "who viewed my data".
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = TestDatabase.class)
class LearnerJourneyBrowserIT {

	@LocalServerPort
	int port;

	@Autowired
	IdentityApi identity;

	@Autowired
	OrganisationApi organisation;

	private WebDriver browser;

	private WebDriverWait wait;

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
	void learnerReadsTwoLessonsAndSeesWhoViewedTheirProgress() {
		String username = "parcours-" + UUID.randomUUID().toString().substring(0, 8);
		String name = "Morgane Le Floch " + username.substring(9);
		PersonId learner = identity.createAccount(
				new NewAccount(username, name, null, EnumSet.of(Role.LEARNER), "mot-de-passe-essai"));
		organisation.addMembership(learner, organisation.findUnit("ch-kerlann", "Urgences").orElseThrow(), "infirmier",
				LocalDate.now().minusDays(1));

		signIn(username, "mot-de-passe-essai");
		assertThat(browser.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("fr");
		browser.findElement(By.linkText("Catalogue")).click();
		browser.findElement(By.id("q")).sendKeys("secret partagé");
		new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("axis"))).selectByValue("data-ethics");
		Browsers.clickAndWaitForNextPage(browser, browser.findElement(By.cssSelector("form.filters button[type=submit]")));
		List<WebElement> modules = browser.findElements(By.cssSelector(".card__title a"));
		assertThat(modules).extracting(WebElement::getText)
			.as("the modules on health data ethics that speak of shared confidentiality")
			.anySatisfy(title -> assertThat(title).startsWith("Données de santé : cadre juridique"))
			.allSatisfy(title -> assertThat(title).isNotBlank());
		assertThat(modules.size()).as("the filter leaves most of the library out").isLessThan(10);
		modules.stream().filter(module -> module.getText().startsWith("Données de santé : cadre juridique")).findFirst()
			.orElseThrow().click();
		browser.findElement(By.cssSelector("form[action$='/enrolment'] button")).click();

		// The first lesson opens; reading it and the next moves the progress bar.
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("mark-read")));
		int before = progressValue();
		markReadAndWaitForTheNextLesson();
		int afterOne = progressValue();
		markReadAndWaitForTheNextLesson();
		int afterTwo = progressValue();
		assertThat(afterOne).isGreaterThan(before);
		assertThat(afterTwo).isGreaterThan(afterOne);

		browser.get(url("/"));
		WebElement bar = browser.findElement(By.cssSelector(".card progress"));
		assertThat(Integer.parseInt(bar.getDomAttribute("value"))).isEqualTo(afterTwo);
		assertThat(browser.findElement(By.cssSelector(".card__action a")).getText()).startsWith("Reprendre");
		signOut();

		// The manager of the establishment opens the learner's progress.
		signIn("manager", "socle-demo");
		browser.findElement(By.linkText("Équipes")).click();
		browser.findElement(By.linkText("Voir la progression de " + name)).click();
		assertThat(browser.findElement(By.tagName("h1")).getText()).contains(name);
		assertThat(browser.findElement(By.cssSelector("table progress")).getDomAttribute("value"))
			.isEqualTo(String.valueOf(afterTwo));
		signOut();

		// The learner sees who viewed their data.
		signIn(username, "mot-de-passe-essai");
		browser.findElement(By.linkText("Qui a consulté mes données")).click();
		WebElement log = browser.findElement(By.id("access-log"));
		assertThat(log.getText()).contains("Sophie Bernard", "Progression dans les modules");
	}

	@Test
	void theLanguageSwitchIsRemembered() {
		browser.get(url("/login?lang=en"));
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Sign in");
		browser.get(url("/login"));
		assertThat(browser.findElement(By.tagName("html")).getDomAttribute("lang")).isEqualTo("en");
		browser.findElement(By.linkText("Français")).click();
		assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Connexion");
	}

	/** Submits "I have read this lesson" and waits until the next lesson's page has replaced this one. */
	private void markReadAndWaitForTheNextLesson() {
		Browsers.clickAndWaitForNextPage(browser, browser.findElement(By.id("mark-read")));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".lesson-aside progress")));
	}

	private int progressValue() {
		return Integer.parseInt(browser.findElement(By.cssSelector(".lesson-aside progress")).getDomAttribute("value"));
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
