package org.socle.curriculum.domain;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.socle.identity.PersonId;
import org.socle.identity.Role;
import org.socle.notification.Notification;
import org.socle.notification.NotificationApi;
import org.socle.organisation.OrganisationApi;
import org.socle.shared.scheduling.ScheduledRuns;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The daily work of assignments, run once a day across restarts and nodes ({@link ScheduledRuns}):
 * people whose memberships start or end that day are reconciled (every day since the last run, so a
 * stopped server misses none); each person still expected to finish is reminded a week before the due
 * date, on it, and once overdue — a reminder has its own key (assignment, person, stage, due date), so
 * it is never sent twice, and an extension brings new reminders for the new date. A stage not sent in its
 * window (the server was stopped) is not sent late when a later one applies. Once a week each manager
 * receives a digest of their establishment.
 */
@Component
public class AssignmentReminders {

	/** How many days before the due date the first reminder comes. */
	static final int DAYS_BEFORE = 7;

	/** How far back a stopped server catches up on membership changes. */
	static final int CATCH_UP_DAYS = 31;

	private final Assignments assignments;

	private final OrganisationApi organisation;

	private final NotificationApi notifications;

	private final ScheduledRuns runs;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transaction;

	private final Clock clock;

	AssignmentReminders(Assignments assignments, OrganisationApi organisation, NotificationApi notifications,
			ScheduledRuns runs, JdbcTemplate jdbc, TransactionTemplate transaction, Clock clock) {
		this.assignments = assignments;
		this.organisation = organisation;
		this.notifications = notifications;
		this.runs = runs;
		this.jdbc = jdbc;
		this.transaction = transaction;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${socle.reminders.check-delay:PT15M}", initialDelayString = "PT1M")
	void scheduled() {
		runDue();
	}

	/** Runs what is due today and was not run yet (by this node or another). */
	public void runDue() {
		LocalDate today = LocalDate.now(clock);
		List<String> days = today.minusDays(CATCH_UP_DAYS).datesUntil(today.plusDays(1)).map(LocalDate::toString).toList();
		Set<String> done = runs.finished("assignment-memberships", days);
		for (LocalDate day = today.minusDays(CATCH_UP_DAYS); !day.isAfter(today); day = day.plusDays(1)) {
			LocalDate changesOn = day;
			if (!done.contains(day.toString())) {
				runs.runOnce("assignment-memberships", day.toString(),
						() -> transaction.executeWithoutResult(status -> assignments.reconcileChangesOn(changesOn)));
			}
		}
		runs.runOnce("assignment-reminders", today.toString(), () -> remind(today));
		String week = today.get(IsoFields.WEEK_BASED_YEAR) + "-W" + today.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
		runs.runOnce("manager-digest", week, () -> digest(today, week));
	}

	/** @return how many reminders were created */
	int remind(LocalDate today) {
		record Due(long assignment, long person, LocalDate dueOn) {
		}
		List<Due> expected = jdbc.query("select assignment_id, person_id, due_on from assignment_member"
				+ " where state = 'active' and completed_at is null and due_on <= ? order by assignment_id, person_id",
				(row, i) -> new Due(row.getLong(1), row.getLong(2), row.getObject(3, LocalDate.class)),
				today.plusDays(DAYS_BEFORE));
		Map<Long, Notification.Bilingual> titles = new HashMap<>();
		int created = 0;
		for (Due due : expected) {
			String stage = due.dueOn().isAfter(today) ? "before" : due.dueOn().isEqual(today) ? "due" : "overdue";
			Notification.Bilingual title = titles.computeIfAbsent(due.assignment(), id -> {
				var text = assignments.titleOf(id);
				return new Notification.Bilingual(text.fr(), text.en());
			});
			Notification reminder = new Notification(
					"assignment:" + due.assignment() + ":" + due.person() + ":" + stage + ":" + due.dueOn(),
					PersonId.of(due.person()), "notice.assignment." + stage, List.of(title, due.dueOn().toString()), "/");
			if (Boolean.TRUE.equals(transaction.execute(status -> notifications.notify(reminder)))) {
				created++;
			}
		}
		return created;
	}

	/** @return how many digests were created */
	int digest(LocalDate today, String week) {
		int created = 0;
		for (OrganisationApi.ScopedHolder manager : organisation.currentHolders(Role.MANAGER)) {
			if (manager.establishmentId() == null) {
				continue;
			}
			List<Assignments.Figures> figures = assignments.figuresOf(manager.establishmentId());
			if (figures.isEmpty()) {
				continue;
			}
			long assigned = figures.stream().mapToLong(Assignments.Figures::assigned).sum();
			long completed = figures.stream().mapToLong(Assignments.Figures::completed).sum();
			long overdue = figures.stream().mapToLong(Assignments.Figures::overdue).sum();
			Notification digest = new Notification("digest:" + week + ":" + manager.person().value() + ":"
					+ manager.establishmentId(), manager.person(), "notice.digest", List.of(
							String.valueOf(assigned), String.valueOf(completed), String.valueOf(overdue),
							today.with(DayOfWeek.MONDAY).toString()), "/manage/assignments");
			if (Boolean.TRUE.equals(transaction.execute(status -> notifications.notify(digest)))) {
				created++;
			}
		}
		return created;
	}

}
