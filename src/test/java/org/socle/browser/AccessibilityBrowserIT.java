package org.socle.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

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

	@LocalServerPort
	int port;

	@Autowired
	IdentityApi identity;

	@Autowired
	org.socle.organisation.OrganisationApi organisation;

	@Autowired
	org.socle.curriculum.domain.Assignments assignments;

	@Autowired
	org.socle.certification.CertificationApi certification;

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
		browser.get(url("/"));
		String completed = browser.findElement(By.cssSelector("#completed-modules a")).getDomAttribute("href");
		check(completed + "/assessment");
		check(completed + "/assessment/attempts/1");
		check("/privacy/access-log");
		check("/certifications");
		check("/certifications/referent-numerique");
		check("/certifications/formateur-interne?lang=en");
		check("/certifications/formateur-interne?lang=fr");
		check("/?lang=en");
		check("/?lang=fr");
		signOut();

		signIn("trainer");
		check("/training");
		check("/training/people/" + identity.personByUsername("learner").orElseThrow().id().value());
		check("/authoring");
		check("/certifications/reviews");
		signOut();

		// an assignment for the dashboards and assignment pages to show (the pharmacy: not the demo learner's unit)
		var coordinator = org.socle.support.TestPrincipal.of(identity, "coordinator", org.socle.identity.Role.COORDINATOR);
		long pharmacy = organisation.findUnit("ch-kerlann", "Pharmacie à usage intérieur").orElseThrow().value();
		assignments.assign(coordinator, new org.socle.curriculum.domain.Assignments.NewAssignment(null,
				"cybersecurite-hygiene-soins", new org.socle.curriculum.domain.AssignmentTarget(
						org.socle.curriculum.domain.AssignmentTarget.Kind.UNIT, pharmacy, null, 0, null, null),
				org.socle.curriculum.domain.DueRule.daysAfterAssignment(30)));
		long assignment = assignments.visibleTo(coordinator).get(0).id();
		long kerlann = organisation.establishmentsVisibleTo(coordinator).stream()
			.filter(e -> e.code().equals("ch-kerlann")).findFirst().orElseThrow().id();

		signIn("manager");
		check("/people/" + identity.personByUsername("trainer").orElseThrow().id().value() + "/certificates");
		check("/manage/staff");
		check("/manage/assignments");
		check("/manage/assignments/" + assignment);
		browser.get(url("/manage/assignments/" + assignment));
		check(browser.findElement(By.cssSelector("#members a")).getDomAttribute("href"));
		check("/manage/dashboard");
		check("/manage/dashboard/establishments/" + kerlann);
		check("/manage/dashboard/establishments/" + kerlann + "/people");
		check("/manage/dashboard/certifications");
		check("/notices");
		check("/manage/staff/import");
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
		check("/admin/certificates");
		String number = certification.certificatesOf(identity.personByUsername("trainer").orElseThrow().id())
			.get(0)
			.number();
		check("/admin/certificates/" + number);
		check("/admin/certifications");
		check("/admin/certifications/formateur-interne");
		WebElement window = browser.findElement(By.id("window"));
		window.clear();
		window.sendKeys("999");
		Browsers.clickAndWaitForNextPage(browser, browser.findElement(By.cssSelector("#programme-form button[type=submit]")));
		assertThat(browser.findElement(By.id("window-error")).getText()).as("the programme came back with its error")
			.isNotEmpty();
		assertThat(browser.findElement(By.id("window")).getDomProperty("value")).isEqualTo("999");
		violations.addAll(scan("/admin/certifications/formateur-interne (form with errors)"));
		check("/authoring/import");
		check("/authoring");
		check("/modules/donnees-sante-ethique/versions?from=1&to=1");
		check("/catalog?axis=data-ethics&maxDuration=30");
		signOut();

		signIn("coordinator");
		check("/manage/dashboard");
		check("/manage/dashboard?lang=en");
		check("/manage/dashboard?lang=fr");
		check("/manage/curricula");
		check("/manage/curricula/referent-numerique");
		check("/manage/curricula/new");
		// the curriculum builder: add a module, move it, then save without a slug to get the problems back
		browser.get(url("/manage/curricula/new?from=referent-numerique"));
		violations.addAll(scan("/manage/curricula/new?from=referent-numerique"));
		WebElement down = browser.findElement(By.id("step-0-down"));
		down.click();
		new WebDriverWait(browser, Duration.ofSeconds(15))
			.until(ExpectedConditions.textToBePresentInElementLocated(By.id("steps-status"), "2"));
		violations.addAll(scan("/manage/curricula/new (module moved)"));
		WebElement save = browser.findElement(By.id("save-curriculum"));
		save.click();
		new WebDriverWait(browser, Duration.ofSeconds(15)).until(ExpectedConditions.stalenessOf(save));
		assertThat(browser.findElements(By.cssSelector("#error-summary a"))).as("the problems are listed").isNotEmpty();
		violations.addAll(scan("/manage/curricula/new (form with problems)"));

		// What a certificate's QR code leads to, without signing in.
		check("/verify/" + number);

		assertThat(violations).isEmpty();
	}

	private void check(String path) {
		browser.get(url(path));
		violations.addAll(scan(path));
	}

	private List<String> scan(String page) {
		return Browsers.accessibilityViolations(browser, page);
	}

	private void signIn(String username) {
		Browsers.signIn(browser, url(""), username, "socle-demo");
	}

	private void signOut() {
		Browsers.signOut(browser);
	}

	private String url(String path) {
		return path.startsWith("http") ? path : "http://localhost:" + port + path;
	}

}
