package org.socle.curriculum.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.socle.identity.PersonId;
import org.socle.organisation.CurrentMembership;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The people an assignment reached, one row each, and the counters reports read
 * ({@code assignment_tally}). Every change of a person's row goes through {@link #save} which moves the
 * person's contribution from the counters of the row before to those of the row after, in the same
 * transaction: the counters cannot drift from the rows. Callers hold the row lock ({@link #lock}).
 */
@Component
class AssignmentMembers {

	/** Where a named person who works nowhere in Socle is counted. */
	static final long NO_UNIT = 0;

	static final String NO_PROFESSION = "-";

	enum State {

		ACTIVE, EXEMPT, LEFT;

		String column() {
			return name().toLowerCase(java.util.Locale.ROOT);
		}

	}

	/** One person's row of one assignment. */
	record Member(long assignment, long person, State state, LocalDate dueOn, long regionId, long establishmentId,
			long unitId, String profession, int required, int completed, Instant completedAt) {

		boolean isCompleted() {
			return completedAt != null;
		}

		Member in(State newState) {
			return new Member(assignment, person, newState, dueOn, regionId, establishmentId, unitId, profession, required,
					completed, completedAt);
		}

		Member due(LocalDate newDue) {
			return new Member(assignment, person, state, newDue, regionId, establishmentId, unitId, profession, required,
					completed, completedAt);
		}

		Member placed(long region, CurrentMembership membership) {
			return membership == null
					? new Member(assignment, person, state, dueOn, region, NO_UNIT, NO_UNIT, NO_PROFESSION, required,
							completed, completedAt)
					: new Member(assignment, person, state, dueOn, membership.regionId(), membership.establishmentId(),
							membership.unitId(), membership.professionCode(), required, completed, completedAt);
		}

		Member withCompleted(int count, Instant at) {
			return new Member(assignment, person, state, dueOn, regionId, establishmentId, unitId, profession, required,
					count, at);
		}

	}

	private final JdbcTemplate jdbc;

	private final Clock clock;

	AssignmentMembers(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** The person's row, locked until the transaction ends, if they were ever reached. */
	Optional<Member> lock(long assignment, PersonId person) {
		return jdbc.query("select assignment_id, person_id, state, due_on, region_id, establishment_id, unit_id,"
				+ " profession_code, modules_required, modules_completed, completed_at from assignment_member"
				+ " where assignment_id = ? and person_id = ? for update", (row, i) -> new Member(row.getLong(1),
						row.getLong(2), State.valueOf(row.getString(3).toUpperCase(java.util.Locale.ROOT)),
						row.getObject(4, LocalDate.class), row.getLong(5), row.getLong(6), row.getLong(7), row.getString(8),
						row.getInt(9), row.getInt(10), instant(row.getObject(11, LocalDateTime.class))),
				assignment, person.value())
			.stream()
			.findFirst();
	}

	/** A person reached for the first time. */
	void insert(Member member) {
		jdbc.update("insert into assignment_member (assignment_id, person_id, state, due_on, region_id, establishment_id,"
				+ " unit_id, profession_code, modules_required, modules_completed, completed_at, reached_at)"
				+ " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", member.assignment(), member.person(),
				member.state().column(), member.dueOn(), member.regionId(), member.establishmentId(), member.unitId(),
				member.profession(), member.required(), member.completed(), time(member.completedAt()), time(clock.instant()));
		count(member, 1);
	}

	/** Saves the row as {@code after} and moves the person's contribution to the counters. */
	void save(Member before, Member after) {
		boolean left = after.state() == State.LEFT;
		List<Object> values = new ArrayList<>(Arrays.asList(after.state().column(), after.dueOn(), after.regionId(),
				after.establishmentId(), after.unitId(), after.profession(), after.completed(), time(after.completedAt())));
		if (left) {
			values.add(time(clock.instant()));
		}
		values.add(after.assignment());
		values.add(after.person());
		jdbc.update("update assignment_member set state = ?, due_on = ?, region_id = ?, establishment_id = ?, unit_id = ?,"
				+ " profession_code = ?, modules_completed = ?, completed_at = ?,"
				+ (left ? " left_at = coalesce(left_at, ?)" : " left_at = null") + " where assignment_id = ? and person_id = ?",
				values.toArray());
		count(before, -1);
		count(after, 1);
	}

	/** The active rows of a person: the assignments that currently ask something of them. */
	List<Member> activeOf(PersonId person) {
		return jdbc.query("select assignment_id, due_on from assignment_member where person_id = ? and state = 'active'",
				(row, i) -> new Member(row.getLong(1), person.value(), State.ACTIVE, row.getObject(2, LocalDate.class), 0, 0,
						0, NO_PROFESSION, 0, 0, null),
				person.value());
	}

	private void count(Member member, int sign) {
		int assigned = member.state() == State.ACTIVE ? sign : 0;
		int completed = member.state() == State.ACTIVE && member.isCompleted() ? sign : 0;
		int exempt = member.state() == State.EXEMPT ? sign : 0;
		if (assigned == 0 && exempt == 0) {
			return;
		}
		jdbc.update("insert into assignment_tally (assignment_id, unit_id, profession_code, due_on, region_id,"
				+ " establishment_id, assigned, completed, exempt) values (?, ?, ?, ?, ?, ?, ?, ?, ?) on duplicate key update"
				+ " assigned = assigned + ?, completed = completed + ?, exempt = exempt + ?", member.assignment(),
				member.unitId(), member.profession(), member.dueOn(), member.regionId(), member.establishmentId(), assigned,
				completed, exempt, assigned, completed, exempt);
	}

	private static LocalDateTime time(Instant instant) {
		return instant == null ? null : LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
	}

	private static Instant instant(LocalDateTime time) {
		return time == null ? null : time.toInstant(ZoneOffset.UTC);
	}

}
