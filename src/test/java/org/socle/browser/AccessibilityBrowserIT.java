package org.socle.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.socle.identity.IdentityApi;
import org.socle.support.TestDatabase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The main pages of every role pass axe-core's WCAG 2.1 A and AA rules, in French and in English.
 * Automated checks find only part of the problems; they are the floor, not the ceiling.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = TestDatabase.class)
class AccessibilityBrowserIT {

	private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

	@LocalServerPort
	int port;

	@Autowired
	IdentityApi identity;

	private WebDriver browser;

	private final List<String> violations = new ArrayList<>();

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
	void thePagesOfEveryRoleMeetWcag21AA() {
		check("/login");
		check("/login?error");
		check("/no-such-page");

		signIn("learner");
		check("/");
		check("/catalog");
		browser.get(url("/catalog"));
		String module = browser.findElement(By.cssSelector(".card__title a")).getDomAttribute("href");
		check(module);
		browser.get(url("/"));
		check(browser.findElement(By.cssSelector(".card__action a")).getDomAttribute("href"));
		check("/privacy/access-log");
		check("/?lang=en");
		check("/?lang=fr");
		signOut();

		signIn("manager");
		check("/manage/staff");
		check("/people/" + identity.personByUsername("learner").orElseThrow().id().value() + "/learning");
		signOut();

		signIn("admin");
		check("/admin/accounts");
		check("/admin/accounts/new");
		WebElement submit = browser.findElement(By.cssSelector("form.form button[type=submit]"));
		submit.click();
		new WebDriverWait(browser, Duration.ofSeconds(15)).until(ExpectedConditions.stalenessOf(submit));
		assertThat(browser.findElements(By.cssSelector(".form__error"))).as("the form came back with its errors").isNotEmpty();
		violations.addAll(scan("/admin/accounts (form with errors)"));
		check("/admin/accounts/" + identity.personByUsername("learner").orElseThrow().id().value());
		check("/admin/content");
		check("/authoring/import");
		check("/modules/donnees-sante-ethique/versions?from=1&to=1");
		check("/catalog?axis=data-ethics&maxDuration=30");

		assertThat(violations).isEmpty();
	}

	private void check(String path) {
		browser.get(url(path));
		violations.addAll(scan(path));
	}

	private List<String> scan(String page) {
		Results results = new AxeBuilder().withTags(WCAG_21_AA).analyze(browser);
		assertThat(results.getPasses()).as("axe-core really ran on %s", page).isNotEmpty();
		assertThat(results.isErrored()).as("axe-core failed on %s", page).isFalse();
		List<String> found = new ArrayList<>();
		for (Rule rule : results.getViolations()) {
			found.add(page + ": " + rule.getId() + " (" + rule.getImpact() + ") " + rule.getHelp() + " — "
					+ rule.getNodes().stream().map(node -> String.valueOf(node.getTarget())).toList());
		}
		return found;
	}

	private void signIn(String username) {
		browser.get(url("/login"));
		browser.findElement(By.id("username")).sendKeys(username);
		browser.findElement(By.id("password")).sendKeys("socle-demo");
		browser.findElement(By.cssSelector("form.form button[type=submit]")).click();
		new WebDriverWait(browser, Duration.ofSeconds(15))
			.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".signed-in")));
	}

	private void signOut() {
		browser.findElement(By.cssSelector("form[action$='/logout'] button")).click();
		new WebDriverWait(browser, Duration.ofSeconds(15))
			.until(ExpectedConditions.presenceOfElementLocated(By.id("username")));
	}

	private String url(String path) {
		return path.startsWith("http") ? path : "http://localhost:" + port + path;
	}

}
