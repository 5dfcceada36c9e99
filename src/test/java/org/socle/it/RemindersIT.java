package org.socle.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.socle.curriculum.domain.AssignmentReminders;
import org.socle.curriculum.domain.AssignmentTarget;
import org.socle.curriculum.domain.Assignments;
import org.socle.curriculum.domain.DueRule;
import org.socle.identity.IdentityApi;
import org.socle.identity.NewAccount;
import org.socle.identity.PersonId;
import org.socle.identity.Role;
import org.socle.notification.domain.MailDispatcher;
import org.socle.organisation.OrganisationApi;
import org.socle.organisation.OrganisationIds.EstablishmentId;
import org.socle.organisation.OrganisationIds.RegionId;
import org.socle.organisation.OrganisationIds.UnitId;
import org.socle.support.MovableClock;
import org.socle.support.SocleIntegrationTest;
import org.socle.support.TestPrincipal;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Reminders before, on and after the due date, and the managers' weekly digest, received over SMTP by
 * GreenMail: each sent once, whatever restarts and concurrent nodes do.
 */
@SocleIntegrationTest
class RemindersIT {

	@RegisterExtension
	static final GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

	@Autowired
	Assignments assignments;

	@Autowired
	AssignmentReminders reminders;

	@Autowired
	MailDispatcher mail;

	@Autowired
	OrganisationApi organisation;

	@Autowired
	IdentityApi identity;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MockMvc mvc;

	@Autowired
	MovableClock clock;

	@BeforeEach
	void noRunYet() {
		// runs are keyed by day: a database kept from an earlier test run must not hold today's
		jdbc.update("delete from scheduled_run");
	}

	@AfterEach
	void timeGoesBack() {
		clock.reset();
	}

	@Test
	void aLearnerIsRemindedBeforeOnAndAfterTheDueDateOnceEachAndTheManagerGetsAWeeklyDigest() throws Exception {
		String run = UUID.randomUUID().toString().substring(0, 8);
		RegionId region = organisation.createRegion("rappel-" + run, "ARS rappel " + run);
		EstablishmentId establishment = organisation.createEstablishment(region, "ch-rappel-" + run, "CH Rappel " + run);
		UnitId unit = organisation.createUnit(establishment, "Pédiatrie");
		String nurseMail = "infirmiere-" + run + "@ch-rappel.test";
		PersonId nurse = identity.createAccount(new NewAccount("inf-rappel-" + run, "Infirmière " + run, nurseMail,
				EnumSet.of(Role.LEARNER), null));
		organisation.addMembership(nurse, unit, "infirmier", LocalDate.now().minusYears(1));
		String managerMail = "cadre-" + run + "@ch-rappel.test";
		PersonId manager = identity.createAccount(new NewAccount("cadre-rappel-" + run, "Cadre " + run, managerMail,
				EnumSet.of(Role.MANAGER), null));
		organisation.grantEstablishmentRole(manager, Role.MANAGER, establishment, LocalDate.now().minusDays(1));
		var managerPrincipal = TestPrincipal.of(identity, "cadre-rappel-" + run, Role.MANAGER);
		LocalDate due = LocalDate.now(clock).plusDays(10);
		assignments.assign(managerPrincipal, new Assignments.NewAssignment(null, "cybersecurite-hygiene-soins",
				new AssignmentTarget(AssignmentTarget.Kind.ESTABLISHMENT, establishment.value(), null, 0, null, null),
				DueRule.on(due)));
		Set<String> weeks = new HashSet<>();

		// Ten days before: nothing yet for her; the manager's digest of the week.
		weeks.add(runDay());
		assertThat(mailsTo(nurseMail)).isEmpty();

		// Six days before: the first reminder, in French then English.
		clock.advance(Duration.ofDays(4));
		weeks.add(runDay());
		List<MimeMessage> received = mailsTo(nurseMail);
		assertThat(received).hasSize(1);
		String body = (String) received.get(0).getContent();
		assertThat(received.get(0).getSubject()).startsWith("Rappel");
		assertThat(body).contains("Hygiène numérique").contains("Il vous reste une semaine").contains("One week is left");
		assertThat(body.substring(body.indexOf("One week is left") - 200)).as("the English part names the English title")
			.contains("“Digital hygiene on the ward");

		// A restart mid-run (the run never finished, its lease ran out): run again, nothing new is sent.
		jdbc.update("update scheduled_run set finished_at = null, started_at = ? where task = 'assignment-reminders'",
				java.time.LocalDateTime.now().minusDays(1));
		weeks.add(runDay());
		assertThat(mailsTo(nurseMail)).hasSize(1);

		// The due date: two nodes run the day's work and send the outbox at the same moment; one reminder.
		clock.advance(Duration.ofDays(6));
		weeks.add(isoWeek(LocalDate.now(clock)));
		concurrently(() -> {
			reminders.runDue();
			return mail.dispatch();
		});
		concurrently(mail::dispatch);
		assertThat(mailsTo(nurseMail)).hasSize(2);
		assertThat(mailsTo(nurseMail).get(1).getSubject()).contains("aujourd’hui");

		// Overdue: one more, then nothing on the following days.
		clock.advance(Duration.ofDays(1));
		weeks.add(runDay());
		clock.advance(Duration.ofDays(1));
		weeks.add(runDay());
		assertThat(mailsTo(nurseMail)).hasSize(3);
		assertThat(mailsTo(nurseMail).get(2).getSubject()).contains("retard");

		// The manager: one digest per week, with the overdue count.
		assertThat(mailsTo(managerMail)).hasSize(weeks.size());
		assertThat(jdbc.queryForObject("select count(*) from mail_outbox where recipient = ? and state = 'sent'",
				Integer.class, nurseMail)).isEqualTo(3);

		// In the application: her notices, the unread count in the navigation, marked read only by her.
		var nurseAuth = authentication(TestPrincipal.of(identity, "inf-rappel-" + run, Role.LEARNER).authentication());
		mvc.perform(get("/notices").with(nurseAuth))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("devait être terminé le")))
			.andExpect(content().string(containsString("Notifications (3 non lue(s))")));
		long notice = jdbc.queryForObject("select min(id) from notice where person_id = ?", Long.class, nurse.value());
		mvc.perform(post("/notices/{id}/read", notice).with(authentication(managerPrincipal.authentication())).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(jdbc.queryForObject("select read_at from notice where id = ?", Object.class, notice)).isNull();
		mvc.perform(post("/notices/{id}/read", notice).with(nurseAuth).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(jdbc.queryForObject("select read_at from notice where id = ?", Object.class, notice)).isNotNull();
	}

	/** The day's scheduled work, then the outbox; @return the ISO week it ran in */
	private String runDay() {
		reminders.runDue();
		mail.dispatch();
		return isoWeek(LocalDate.now(clock));
	}

	private static String isoWeek(LocalDate day) {
		return day.get(IsoFields.WEEK_BASED_YEAR) + "-W" + day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
	}

	private static List<MimeMessage> mailsTo(String address) {
		return Arrays.stream(smtp.getReceivedMessages()).filter(message -> {
			try {
				return Arrays.stream(message.getAllRecipients()).anyMatch(r -> r.toString().equals(address));
			}
			catch (jakarta.mail.MessagingException ex) {
				throw new IllegalStateException(ex);
			}
		}).toList();
	}

	private static void concurrently(Callable<?> work) throws Exception {
		ExecutorService nodes = Executors.newFixedThreadPool(2);
		try {
			List<Future<?>> runs = new ArrayList<>();
			for (int i = 0; i < 2; i++) {
				runs.add(nodes.submit(work));
			}
			for (Future<?> run : runs) {
				run.get();
			}
		}
		finally {
			nodes.shutdown();
		}
	}

}
