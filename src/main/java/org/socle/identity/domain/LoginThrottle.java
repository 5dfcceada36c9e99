package org.socle.identity.domain;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Slows down password guessing on local accounts: after {@value #MAX_FAILURES} failed sign-ins
 * within {@link #WINDOW}, the username is refused for {@link #LOCK}, even with the right password.
 * Counted per username in the database, so every node sees the same count; a successful sign-in
 * starts afresh. Unknown usernames are counted too, so the answer says nothing of who exists.
 */
@Component
public class LoginThrottle {

	static final int MAX_FAILURES = 5;

	static final Duration WINDOW = Duration.ofMinutes(15);

	static final Duration LOCK = Duration.ofMinutes(15);

	private final JdbcTemplate jdbc;

	private final Clock clock;

	LoginThrottle(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	public boolean isLocked(String username) {
		Timestamp now = Timestamp.from(clock.instant());
		Integer locked = jdbc.queryForObject(
				"select count(*) from login_throttle where username = ? and locked_until > ?", Integer.class,
				key(username), now);
		return locked != null && locked > 0;
	}

	@EventListener
	@Transactional
	public void failed(AuthenticationFailureBadCredentialsEvent event) {
		if (!(event.getAuthentication() instanceof UsernamePasswordAuthenticationToken)) {
			return;
		}
		String username = key(event.getAuthentication().getName());
		Instant now = clock.instant();
		Timestamp windowStart = Timestamp.from(now.minus(WINDOW));
		// One statement per case, each safe under concurrency: start a count, reset a stale one, or add to it.
		jdbc.update("insert ignore into login_throttle (username, failures, window_start) values (?, 0, ?)", username,
				Timestamp.from(now));
		jdbc.update("update login_throttle set failures = 0, window_start = ?, locked_until = null"
				+ " where username = ? and window_start < ? and (locked_until is null or locked_until < ?)",
				Timestamp.from(now), username, windowStart, Timestamp.from(now));
		// locked_until first: MySQL evaluates SET left to right with the values already assigned.
		jdbc.update("update login_throttle set locked_until = case when failures + 1 >= ? then ? else locked_until end,"
				+ " failures = failures + 1 where username = ?",
				MAX_FAILURES, Timestamp.from(now.plus(LOCK)), username);
	}

	@EventListener
	@Transactional
	public void succeeded(AuthenticationSuccessEvent event) {
		if (event.getAuthentication() instanceof UsernamePasswordAuthenticationToken) {
			jdbc.update("delete from login_throttle where username = ?", key(event.getAuthentication().getName()));
		}
	}

	private static String key(String username) {
		String trimmed = username == null ? "" : username.strip().toLowerCase(java.util.Locale.ROOT);
		return trimmed.length() > 100 ? trimmed.substring(0, 100) : trimmed;
	}

}
