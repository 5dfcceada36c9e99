package org.socle.curriculum.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.socle.identity.IdentityApi;
import org.socle.identity.PersonId;
import org.socle.identity.PersonSummary;
import org.socle.identity.SoclePrincipal;
import org.socle.organisation.EstablishmentSummary;
import org.socle.organisation.OrganisationApi;
import org.socle.organisation.UnitSummary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What managers and coordinators follow: completion and overdue rates by establishment, unit and
 * profession, down to the person. Figures come from the counters kept as assignments reach people and
 * people complete modules ({@code assignment_tally}): a region's dashboard adds up counter rows, never
 * one row per person. Only the person lists read per-person rows, one establishment at a time.
 */
@Service
@Transactional(readOnly = true)
public class AssignmentDashboards {

	private final OrganisationApi organisation;

	private final IdentityApi identity;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	AssignmentDashboards(OrganisationApi organisation, IdentityApi identity, JdbcTemplate jdbc, Clock clock) {
		this.organisation = organisation;
		this.identity = identity;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** One line of a dashboard: a group of people and how far they are. */
	public record Line(String key, String label, long assigned, long completed, long overdue, long exempt) {

		public int completionPercent() {
			return percent(completed);
		}

		public int overduePercent() {
			return percent(overdue);
		}

		private int percent(long part) {
			return assigned == 0 ? 0 : (int) Math.round(100.0 * part / assigned);
		}

	}

	/** The establishments of the viewer's scope, each with its figures, and the total. */
	public record Overview(List<Line> establishments, Line total) {
	}

	public Overview overview(SoclePrincipal viewer) {
		List<EstablishmentSummary> establishments = organisation.establishmentsVisibleTo(viewer);
		if (establishments.isEmpty()) {
			return new Overview(List.of(), new Line("total", "", 0, 0, 0, 0));
		}
		Map<Long, Line> counted = new HashMap<>();
		if (!organisation.regionsSteeredBy(viewer).isEmpty()) {
			// a coordinator's (or administrator's) establishments are whole regions: one indexed read per region
			for (Long region : establishments.stream().map(EstablishmentSummary::regionId).distinct().toList()) {
				sum("t.establishment_id", "t.region_id = ?", region)
					.forEach(line -> counted.put(Long.valueOf(line.key()), line));
			}
		}
		else {
			for (EstablishmentSummary establishment : establishments) {
				sum("t.establishment_id", "t.establishment_id = ?", establishment.id())
					.forEach(line -> counted.put(Long.valueOf(line.key()), line));
			}
		}
		List<Line> lines = establishments.stream()
			.map(e -> relabel(counted.getOrDefault(e.id(), new Line("", "", 0, 0, 0, 0)), String.valueOf(e.id()), e.name()))
			.toList();
		return new Overview(lines, total(lines));
	}

	/** One establishment of the viewer's scope, by unit and by profession. */
	public record EstablishmentView(EstablishmentSummary establishment, Line total, List<Line> units,
			List<Line> professions) {
	}

	public Optional<EstablishmentView> establishment(SoclePrincipal viewer, long establishmentId) {
		Optional<EstablishmentSummary> establishment = visible(viewer, establishmentId);
		if (establishment.isEmpty()) {
			return Optional.empty();
		}
		Map<String, String> unitNames = organisation.unitsOf(List.of(establishmentId)).stream()
			.collect(Collectors.toMap(u -> String.valueOf(u.id()), UnitSummary::name));
		List<Line> units = sum("t.unit_id", "t.establishment_id = ?", establishmentId).stream()
			.map(line -> relabel(line, line.key(), unitNames.getOrDefault(line.key(), "—")))
			.sorted(Comparator.comparing(Line::label))
			.toList();
		List<Line> professions = sum("t.profession_code", "t.establishment_id = ?", establishmentId);
		return Optional.of(new EstablishmentView(establishment.get(), total(units), units, professions));
	}

	/** A person of an establishment and how far they are in all their assignments there. */
	public record PersonLine(PersonId person, String name, String unit, String profession, long assignments,
			long completed, long overdue, long exempt) {
	}

	/**
	 * The people of one establishment of the viewer's scope, optionally of one unit or one profession,
	 * optionally only those overdue.
	 */
	public Optional<List<PersonLine>> people(SoclePrincipal viewer, long establishmentId, Long unitId, String profession,
			boolean overdueOnly) {
		if (visible(viewer, establishmentId).isEmpty()) {
			return Optional.empty();
		}
		Map<Long, String> unitNames = organisation.unitsOf(List.of(establishmentId)).stream()
			.collect(Collectors.toMap(UnitSummary::id, UnitSummary::name));
		StringBuilder where = new StringBuilder("m.establishment_id = ? and m.state <> 'left'");
		List<Object> arguments = new java.util.ArrayList<>(List.of(today(), establishmentId));
		if (unitId != null) {
			where.append(" and m.unit_id = ?");
			arguments.add(unitId);
		}
		if (profession != null && !profession.isBlank()) {
			where.append(" and m.profession_code = ?");
			arguments.add(profession);
		}
		record Row(long person, long unit, String profession, long assignments, long completed, long overdue,
				long exempt) {
		}
		List<Row> rows = jdbc.query("select m.person_id, min(m.unit_id), min(m.profession_code),"
				+ " sum(case when m.state = 'active' then 1 else 0 end),"
				+ " sum(case when m.state = 'active' and m.completed_at is not null then 1 else 0 end),"
				+ " sum(case when m.state = 'active' and m.completed_at is null and m.due_on < ? then 1 else 0 end),"
				+ " sum(case when m.state = 'exempt' then 1 else 0 end)"
				+ " from assignment_member m join assignment a on a.id = m.assignment_id and a.ends_at is null"
				+ " where " + where + " group by m.person_id", (row, i) -> new Row(row.getLong(1), row.getLong(2),
						row.getString(3), row.getLong(4), row.getLong(5), row.getLong(6), row.getLong(7)),
				arguments.toArray());
		Map<PersonId, PersonSummary> names = identity.people(rows.stream().map(row -> PersonId.of(row.person())).toList());
		return Optional.of(rows.stream()
			.filter(row -> !overdueOnly || row.overdue() > 0)
			.map(row -> new PersonLine(PersonId.of(row.person()),
					Optional.ofNullable(names.get(PersonId.of(row.person()))).map(PersonSummary::displayName).orElse("?"),
					unitNames.getOrDefault(row.unit(), "—"), row.profession(), row.assignments(), row.completed(),
					row.overdue(), row.exempt()))
			.sorted(Comparator.comparing(PersonLine::name))
			.toList());
	}

	/**
	 * The counters of the current assignments added up by one column, for the rows a condition selects.
	 * Ended assignments are left out by a subquery rather than a join, so that the database reads the
	 * counters first, from the index that starts with the condition's column: joined, MariaDB may start
	 * from the assignments and read the counters of every region.
	 */
	private List<Line> sum(String groupBy, String condition, Object value) {
		return jdbc.query("select " + groupBy + ", sum(t.assigned), sum(t.completed),"
				+ " sum(case when t.due_on < ? then t.assigned - t.completed else 0 end), sum(t.exempt)"
				+ " from assignment_tally t where " + condition
				+ " and not exists (select 1 from assignment a where a.id = t.assignment_id and a.ends_at is not null)"
				+ " group by " + groupBy
				+ " having sum(t.assigned) + sum(t.exempt) > 0", (row, i) -> new Line(row.getString(1), row.getString(1),
						row.getLong(2), row.getLong(3), row.getLong(4), row.getLong(5)),
				today(), value);
	}

	private Optional<EstablishmentSummary> visible(SoclePrincipal viewer, long establishmentId) {
		return organisation.establishmentsVisibleTo(viewer).stream().filter(e -> e.id() == establishmentId).findFirst();
	}

	private static Line relabel(Line line, String key, String label) {
		return new Line(key, label, line.assigned(), line.completed(), line.overdue(), line.exempt());
	}

	private static Line total(Collection<Line> lines) {
		return new Line("total", "", lines.stream().mapToLong(Line::assigned).sum(),
				lines.stream().mapToLong(Line::completed).sum(), lines.stream().mapToLong(Line::overdue).sum(),
				lines.stream().mapToLong(Line::exempt).sum());
	}

	private LocalDate today() {
		return LocalDate.now(clock);
	}

}
