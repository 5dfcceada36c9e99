package org.socle.notification.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.socle.identity.IdentityApi;
import org.socle.identity.PersonId;
import org.socle.notification.NoticeView;
import org.socle.notification.Notification;
import org.socle.notification.NotificationApi;
import org.socle.shared.i18n.ShownDates;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

@Service
@Transactional(readOnly = true)
class Notifications implements NotificationApi {

	private static final List<Locale> MAIL_LANGUAGES = List.of(Locale.FRENCH, Locale.ENGLISH);

	private final JdbcTemplate jdbc;

	private final IdentityApi identity;

	private final MessageSource messages;

	private final JsonMapper json;

	private final Clock clock;

	private final String publicUrl;

	Notifications(JdbcTemplate jdbc, IdentityApi identity, MessageSource messages, JsonMapper json,
			Clock clock, @Value("${socle.public-url:http://localhost:8080}") String publicUrl) {
		this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
		this.jdbc = jdbc;
		this.identity = identity;
		this.messages = messages;
		this.json = json;
		this.clock = clock;
	}

	@Override
	@Transactional
	public boolean notify(Notification notification) {
		LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
		int created = jdbc.update("insert ignore into notice (notice_key, person_id, message_key, arguments, link, created_at)"
				+ " values (?, ?, ?, ?, ?, ?)", notification.key(), notification.person().value(), notification.messageKey(),
				json.writeValueAsString(notification.arguments()), notification.link(), now);
		if (created == 0) {
			return false;
		}
		String address = identity.emails(List.of(notification.person())).get(notification.person());
		if (address != null) {
			jdbc.update("insert ignore into mail_outbox (mail_key, person_id, recipient, subject, body, state, attempts,"
					+ " created_at) values (?, ?, ?, ?, ?, 'pending', 0, ?)", notification.key(), notification.person().value(),
					address, render(notification.messageKey() + ".subject", notification.arguments(), Locale.FRENCH),
					mailBody(notification), now);
		}
		return true;
	}

	@Override
	public List<NoticeView> noticesOf(PersonId person, Locale locale, int limit) {
		return jdbc.query("select id, message_key, arguments, link, created_at, read_at from notice where person_id = ?"
				+ " order by created_at desc, id desc limit ?", (row, i) -> new NoticeView(row.getLong(1),
						render(row.getString(2), json.readValue(row.getString(3), new TypeReference<List<Object>>() {
						}), locale), row.getString(4), row.getObject(5, LocalDateTime.class).toInstant(ZoneOffset.UTC),
						row.getObject(6) != null),
				person.value(), limit);
	}

	@Override
	public long unreadCount(PersonId person) {
		return jdbc.queryForObject("select count(*) from notice where person_id = ? and read_at is null", Long.class,
				person.value());
	}

	@Override
	@Transactional
	public void markRead(PersonId person, long noticeId) {
		jdbc.update("update notice set read_at = ? where id = ? and person_id = ? and read_at is null",
				LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC), noticeId, person.value());
	}

	/** The mail in French, then in English, with the full address of the link. */
	private String mailBody(Notification notification) {
		StringBuilder body = new StringBuilder();
		for (Locale language : MAIL_LANGUAGES) {
			if (!body.isEmpty()) {
				body.append("\n\n---\n\n");
			}
			body.append(render(notification.messageKey() + ".body", notification.arguments(), language));
			if (notification.link() != null) {
				body.append("\n\n").append(render("notice.mail.link", List.of(), language)).append(' ').append(publicUrl)
					.append(notification.link());
			}
		}
		return body.toString();
	}

	private String render(String key, List<?> arguments, Locale locale) {
		Object[] shown = arguments.stream().map(argument -> (Object) shown(argument, locale)).toArray();
		return messages.getMessage(key, shown, key, locale);
	}

	/**
	 * An argument as the reader sees it: a bilingual text in their language (stored as an object with
	 * {@code fr} and {@code en}), an ISO date in their format, anything else as it is.
	 */
	private String shown(Object stored, Locale locale) {
		if (stored instanceof Notification.Bilingual text) {
			return text.in(locale);
		}
		if (stored instanceof Map<?, ?> text) {
			return new Notification.Bilingual(String.valueOf(text.get("fr")),
					text.get("en") == null ? null : String.valueOf(text.get("en"))).in(locale);
		}
		String argument = stored == null ? null : String.valueOf(stored);
		if (argument != null && argument.length() == 10 && argument.charAt(4) == '-' && argument.charAt(7) == '-') {
			try {
				return ShownDates.longDate(LocalDate.parse(argument), locale);
			}
			catch (DateTimeParseException notADate) {
				return argument;
			}
		}
		return argument;
	}

}
