package org.socle.curriculum.domain;

import java.time.LocalDate;
import java.util.Locale;

/**
 * When an assignment is due: on a fixed date, or a number of days after the assignment, or after the
 * person's start in the unit (for people already working there when it is assigned, after the
 * assignment: nobody is late on the day they receive it).
 */
public record DueRule(From from, LocalDate fixedOn, Integer days) {

	public enum From {

		FIXED, ASSIGNMENT, START;

		String column() {
			return name().toLowerCase(Locale.ROOT);
		}

		static From ofColumn(String value) {
			return valueOf(value.toUpperCase(Locale.ROOT));
		}

	}

	public static DueRule on(LocalDate day) {
		return new DueRule(From.FIXED, day, null);
	}

	public static DueRule daysAfterAssignment(int days) {
		return new DueRule(From.ASSIGNMENT, null, days);
	}

	public static DueRule daysAfterStart(int days) {
		return new DueRule(From.START, null, days);
	}

	/** The due date of someone reached on {@code reachedOn} who started on {@code startedOn} (may be null). */
	LocalDate dueFor(LocalDate assignedOn, LocalDate reachedOn, LocalDate startedOn) {
		return switch (from) {
			case FIXED -> fixedOn;
			case ASSIGNMENT -> assignedOn.plusDays(days);
			case START -> {
				LocalDate from = startedOn == null || startedOn.isBefore(reachedOn) ? reachedOn : startedOn;
				yield from.plusDays(days);
			}
		};
	}

}
