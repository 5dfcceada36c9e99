package org.socle.shared.scheduling;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Periodic tasks that run once per period (a day, a week) across restarts and several application
 * nodes. The node that inserts the run's row runs it; a run left unfinished by a node that died is taken
 * over once its lease has passed; a finished run is never run again. The work itself must be idempotent
 * (a taken-over run starts again from the beginning), as the reminders are: each one has its own key.
 */
@Component
public class ScheduledRuns {

	private static final Logger log = LoggerFactory.getLogger(ScheduledRuns.class);

	/** How long a node may hold a run before another takes it over. */
	static final Duration LEASE = Duration.ofMinutes(30);

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private final String node;

	public ScheduledRuns(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.node = NodeNames.newName();
	}

	/**
	 * Runs the task for that period unless it already ran or another node is running it.
	 *
	 * @return whether this call ran it
	 */
	public boolean runOnce(String task, String period, Runnable work) {
		if (!claim(task, period)) {
			return false;
		}
		work.run();
		jdbc.update("update scheduled_run set finished_at = ? where task = ? and run_key = ? and node = ?", now(), task,
				period, node);
		log.info("Scheduled task {} ran for {}", task, period);
		return true;
	}

	/** Of these periods, those for which the task has finished, in one query. */
	public Set<String> finished(String task, Collection<String> periods) {
		if (periods.isEmpty()) {
			return Set.of();
		}
		String marks = String.join(",", java.util.Collections.nCopies(periods.size(), "?"));
		List<Object> arguments = new ArrayList<>();
		arguments.add(task);
		arguments.addAll(periods);
		return Set.copyOf(jdbc.queryForList("select run_key from scheduled_run where task = ? and run_key in (" + marks
				+ ") and finished_at is not null", String.class, arguments.toArray()));
	}

	private boolean claim(String task, String period) {
		try {
			jdbc.update("insert into scheduled_run (task, run_key, node, started_at) values (?, ?, ?, ?)", task, period, node,
					now());
			return true;
		}
		catch (DuplicateKeyException taken) {
			// started elsewhere (or before a restart): ours only if that node's lease has run out
			return jdbc.update("update scheduled_run set node = ?, started_at = ? where task = ? and run_key = ?"
					+ " and finished_at is null and started_at < ?", node, now(), task, period,
					now().minus(LEASE)) == 1;
		}
	}

	private LocalDateTime now() {
		return LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
	}

}
