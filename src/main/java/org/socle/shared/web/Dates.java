package org.socle.shared.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import org.socle.shared.i18n.ShownDates;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Dates and times shown in the reader's language and in the platform's time zone (French
 * establishments by default). Templates reach it as {@code @dates}.
 */
@Component("dates")
public class Dates {

	private final ZoneId zone;

	Dates(@Value("${socle.time-zone:Europe/Paris}") String zone) {
		this.zone = ZoneId.of(zone);
	}

	public String dateTime(Instant instant, Locale locale) {
		if (instant == null) {
			return "";
		}
		return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
			.withLocale(locale)
			.withZone(zone)
			.format(instant);
	}

	public String date(Instant instant, Locale locale) {
		if (instant == null) {
			return "";
		}
		return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).withZone(zone).format(instant);
	}

	public String date(LocalDate date, Locale locale) {
		return ShownDates.longDate(date, locale);
	}

	/** The machine-readable form for {@code <time datetime>}. */
	public String iso(Instant instant) {
		return instant == null ? "" : DateTimeFormatter.ISO_OFFSET_DATE_TIME.withZone(zone).format(instant);
	}

}
