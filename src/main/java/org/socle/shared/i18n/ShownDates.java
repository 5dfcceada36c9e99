package org.socle.shared.i18n;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * Dates as readers see them, in their language ("1 décembre 2026", "1 December 2026"), wherever they
 * are written: pages, notices, mails, certificates.
 */
public final class ShownDates {

	private ShownDates() {
	}

	/** The long form of a day in the reader's language; empty for no date. */
	public static String longDate(LocalDate date, Locale locale) {
		return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale).format(date);
	}

}
