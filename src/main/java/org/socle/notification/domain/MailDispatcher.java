package org.socle.notification.domain;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.socle.shared.scheduling.NodeNames;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends the mail outbox over SMTP. A node claims each mail before sending it (a conditional update
 * only one node can win), so several nodes never send the same mail; a claim left by a node that died
 * is taken back after its lease. A failed mail is tried again, at most {@link #MAX_ATTEMPTS} times.
 * Without an SMTP server configured ({@code spring.mail.host}), mail is marked unsent and only the
 * in-app notices remain.
 */
@Component
public class MailDispatcher {

	private static final Logger log = LoggerFactory.getLogger(MailDispatcher.class);

	static final int MAX_ATTEMPTS = 5;

	static final Duration LEASE = Duration.ofMinutes(10);

	private final JdbcTemplate jdbc;

	private final ObjectProvider<JavaMailSender> mailSender;

	private final Clock clock;

	private final String from;

	private final String node = NodeNames.newName();

	MailDispatcher(JdbcTemplate jdbc, ObjectProvider<JavaMailSender> mailSender, Clock clock,
			@Value("${socle.mail.from:Socle <no-reply@socle.invalid>}") String from) {
		this.jdbc = jdbc;
		this.mailSender = mailSender;
		this.clock = clock;
		this.from = from;
	}

	@Scheduled(fixedDelayString = "${socle.mail.dispatch-delay:PT1M}", initialDelayString = "PT30S")
	void scheduled() {
		dispatch();
	}

	/** Sends what is waiting. @return how many mails this node sent */
	public int dispatch() {
		JavaMailSender sender = mailSender.getIfAvailable();
		LocalDateTime now = now();
		if (sender == null) {
			int unsent = jdbc.update("update mail_outbox set state = 'unsent', last_error = 'no SMTP server configured'"
					+ " where state = 'pending'");
			if (unsent > 0) {
				log.warn("{} mail(s) not sent: no SMTP server configured (spring.mail.host); the notices are in the application",
						unsent);
			}
			return 0;
		}
		record Mail(long id, String recipient, String subject, String body) {
		}
		List<Mail> waiting = jdbc.query("select id, recipient, subject, body from mail_outbox where (state = 'pending'"
				+ " or (state = 'sending' and claimed_at < ?)) and attempts < ? order by id limit 100",
				(row, i) -> new Mail(row.getLong(1), row.getString(2), row.getString(3), row.getString(4)), now.minus(LEASE),
				MAX_ATTEMPTS);
		int sent = 0;
		for (Mail mail : waiting) {
			boolean claimed = jdbc.update("update mail_outbox set state = 'sending', claimed_by = ?, claimed_at = ?,"
					+ " attempts = attempts + 1 where id = ? and (state = 'pending' or (state = 'sending' and claimed_at < ?))",
					node, now(), mail.id(), now.minus(LEASE)) == 1;
			if (!claimed) {
				continue;
			}
			try {
				SimpleMailMessage message = new SimpleMailMessage();
				message.setFrom(from);
				message.setTo(mail.recipient());
				message.setSubject(mail.subject());
				message.setText(mail.body());
				sender.send(message);
				jdbc.update("update mail_outbox set state = 'sent', sent_at = ?, last_error = null where id = ?", now(),
						mail.id());
				sent++;
			}
			catch (MailException failed) {
				log.warn("Mail {} not sent: {}", mail.id(), failed.getMessage());
				jdbc.update("update mail_outbox set state = case when attempts >= ? then 'failed' else 'pending' end,"
						+ " last_error = ? where id = ?", MAX_ATTEMPTS, abbreviate(failed.getMessage()), mail.id());
			}
		}
		return sent;
	}

	private static String abbreviate(String text) {
		return text == null ? "" : text.length() <= 500 ? text : text.substring(0, 500);
	}

	private LocalDateTime now() {
		return LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
	}

}
