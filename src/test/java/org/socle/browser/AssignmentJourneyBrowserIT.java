package org.socle.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.socle.curriculum.domain.AssignmentReminders;
import org.socle.curriculum.domain.CurriculumVersions;
import org.socle.identity.IdentityApi;
import org.socle.identity.NewAccount;
import org.socle.identity.PersonId;
import org.socle.identity.Role;
import org.socle.notification.domain.MailDispatcher;
import org.socle.organisation.OrganisationApi;
import org.socle.organisation.OrganisationIds.EstablishmentId;
import org.socle.organisation.OrganisationIds.RegionId;
import org.socle.support.MovableClock;
import org.socle.support.TestDatabase;
import org.socle.support.TestPrincipal;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * The coordinator assigns a curriculum to an establishment with a due date; a nurse there finds it on
 * her dashboard; time passes (the application's clock is moved); the manager sees her overdue on the
 * dashboard and the nurse receives the reminder mail (GreenMail as the SMTP server).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = TestDatabase.class)
@Import(MovableClock.Configuration.class)
class AssignmentJourneyBrowserIT {

	private static final String PASSWORD = "mot-de-passe-essai";

	@RegisterExtension
	static final GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

	@LocalServerPort
	int port;

	@Autowired
	IdentityApi identity;

	@Autowired
	OrganisationApi organisation;

	@Autowired
	CurriculumVersions curricula;

	@Autowired
	AssignmentReminders reminders;

	@Autowired
	MailDispatcher mail;

	@Autowired
	MovableClock clock;

	@Autowired
	JdbcTemplate jdbc;

	private WebDriver browser;

	@BeforeEach
	void openBrowser() {
		browser = Browsers.headlessChromium();
		jdbc.update("delete from scheduled_run");
	}

	@AfterEach
	void closeBrowser() {
		clock.reset();
		if (browser != null) {
			browser.quit();
		}
	}

	@Test
	void anAssignedCurriculumReachesTheNurseAndHerManagerSeesHerOverdueAfterTheDueDate() throws Exception {
		String run = UUID.randomUUID().toString().substring(0, 8);
		TestPrincipal coordinator = TestPrincipal.of(identity, "coordinator", Role.COORDINATOR);
		RegionId bretagne = new RegionId(organisation.regionsSteeredBy(coordinator).get(0).id());
		String establishmentName = "CH du Parcours " + run;
		EstablishmentId establishment = organisation.createEstablishment(bretagne, "ch-parcours-" + run, establishmentName);
		var unit = organisation.createUnit(establishment, "Médecine");
		String nurseName = "Maëlle Riou " + run;
		String nurseMail = "maelle-" + run + "@ch-parcours.test";
		PersonId nurse = identity.createAccount(new NewAccount("maelle-" + run, nurseName, nurseMail,
				EnumSet.of(Role.LEARNER), PASSWORD));
		organisation.addMembership(nurse, unit, "infirmier", LocalDate.now().minusYears(1));
		PersonId manager = identity.createAccount(new NewAccount("cadre-" + run, "Cadre " + run, null,
				EnumSet.of(Role.MANAGER), PASSWORD));
		organisation.grantEstablishmentRole(manager, Role.MANAGER, establishment, LocalDate.now().minusDays(1));
		long required = curricula.currentOf("veille-reglementaire").orElseThrow().steps().stream()
			.filter(step -> step.required()).count();
		LocalDate due = LocalDate.now(clock).plusDays(10);

		// The coordinator assigns the curriculum to the establishment.
		Browsers.signIn(browser, url(""), "coordinator", "socle-demo");
		browser.get(url("/manage/assignments"));
		new Select(browser.findElement(By.id("what"))).selectByValue("curriculum:veille-reglementaire");
		browser.findElement(By.id("kind-establishment")).click();
		new Select(browser.findElement(By.id("establishment"))).selectByValue(String.valueOf(establishment.value()));
		browser.findElement(By.id("due-fixed")).click();
		((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1]", browser.findElement(By.id("dueOn")),
				due.toString());
		Browsers.clickAndWaitForNextPage(browser, browser.findElement(By.id("assign")));
		assertThat(browser.findElement(By.id("assigned")).getText()).contains("1 personne");
		Browsers.signOut(browser);

		// The nurse finds it on her dashboard, with its due date.
		Browsers.signIn(browser, url(""), "maelle-" + run, PASSWORD);
		List<WebElement> assigned = browser.findElements(By.cssSelector("#assigned-modules > li"));
		assertThat(assigned).hasSize((int) required);
		assertThat(assigned.get(0).getText()).contains("Yann Quéré").doesNotContain("En retard");
		Browsers.signOut(browser);

		// Eleven days later, the day's scheduled work runs.
		clock.advance(Duration.ofDays(11));
		reminders.runDue();
		mail.dispatch();

		// The manager sees her overdue, from the dashboard down to the people.
		Browsers.signIn(browser, url(""), "cadre-" + run, PASSWORD);
		Browsers.clickAndWaitForNextPage(browser, browser.findElement(By.linkText("Suivi")));
		Browsers.clickAndWaitForNextPage(browser, browser.findElement(By.linkText(establishmentName)));
		assertThat(browser.findElement(By.id("units")).getText()).contains("Médecine");
		Browsers.clickAndWaitForNextPage(browser, browser.findElement(By.linkText("Les personnes en retard")));
		assertThat(browser.findElement(By.id("people")).getText()).contains(nurseName);
		Browsers.signOut(browser);

		// Her dashboard says so too, and the reminder came by mail.
		Browsers.signIn(browser, url(""), "maelle-" + run, PASSWORD);
		assertThat(browser.findElement(By.id("assigned-modules")).getText()).contains("En retard");
		List<MimeMessage> received = Arrays.stream(smtp.getReceivedMessages()).filter(message -> {
			try {
				return message.getAllRecipients()[0].toString().equals(nurseMail);
			}
			catch (jakarta.mail.MessagingException ex) {
				throw new IllegalStateException(ex);
			}
		}).toList();
		assertThat(received).singleElement().satisfies(message -> {
			assertThat(message.getSubject()).contains("retard");
			assertThat((String) message.getContent()).contains("Veille réglementaire");
		});
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

}
