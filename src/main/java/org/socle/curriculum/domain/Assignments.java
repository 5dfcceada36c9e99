package org.socle.curriculum.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.socle.catalog.CurriculumOutline;
import org.socle.identity.PersonId;
import org.socle.identity.SoclePrincipal;
import org.socle.learning.LearningApi;
import org.socle.learning.ModuleCompleted;
import org.socle.organisation.EstablishmentSummary;
import org.socle.organisation.MembershipStarted;
import org.socle.organisation.OrganisationApi;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Curricula assigned to the people of an establishment with a due date. Everyone working there when it
 * is assigned is enrolled in its modules at once; someone who starts working there later (hired,
 * transferred, imported from an HR file) is enrolled when their membership starts. Nothing is deleted.
 */
@Service
public class Assignments {

	private final CurriculumVersions curricula;

	private final OrganisationApi organisation;

	private final LearningApi learning;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	Assignments(CurriculumVersions curricula, OrganisationApi organisation, LearningApi learning, JdbcTemplate jdbc,
			Clock clock) {
		this.curricula = curricula;
		this.organisation = organisation;
		this.learning = learning;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** An assignment as lists show it. */
	public record AssignmentView(long id, String curriculum, String curriculumTitle, String establishment, LocalDate dueOn,
			long assignedBy) {
	}

	/** Why an assignment was refused; nothing was changed. */
	public static class AssignmentRefused extends RuntimeException {

		private final String code;

		public AssignmentRefused(String code) {
			super("Assignment refused: " + code);
			this.code = code;
		}

		public String messageKey() {
			return "assignment.rule." + code;
		}

	}

	/**
	 * Assigns a curriculum to an establishment within the assigner's scope and enrols its people now.
	 *
	 * @return how many people it reached
	 */
	@Transactional
	public int assignToEstablishment(SoclePrincipal assigner, String curriculumSlug, long establishmentId, LocalDate dueOn) {
		CurriculumVersions.CurriculumVersion curriculum = curricula.currentOf(curriculumSlug)
			.orElseThrow(() -> new AssignmentRefused("unknown-curriculum"));
		if (organisation.establishmentsVisibleTo(assigner).stream().noneMatch(e -> e.id() == establishmentId)) {
			throw new AssignmentRefused("outside-scope");
		}
		if (dueOn == null || dueOn.isBefore(LocalDate.now(clock))) {
			throw new AssignmentRefused("due-date-past");
		}
		org.springframework.jdbc.support.KeyHolder key = new org.springframework.jdbc.support.GeneratedKeyHolder();
		jdbc.update(connection -> {
			var statement = connection.prepareStatement("insert into assignment (curriculum_slug, target_kind, target_id,"
					+ " due_on, assigned_by, assigned_at) values (?, 'establishment', ?, ?, ?, ?)",
					java.sql.Statement.RETURN_GENERATED_KEYS);
			statement.setString(1, curriculumSlug);
			statement.setLong(2, establishmentId);
			statement.setObject(3, dueOn);
			statement.setLong(4, assigner.personId().value());
			statement.setObject(5, LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
			return statement;
		}, key);
		long assignment = key.getKey().longValue();
		List<PersonId> people = organisation.peopleOfEstablishment(establishmentId);
		people.forEach(person -> reach(assignment, person, curriculum, assigner.personId(), dueOn));
		return people.size();
	}

	/** A person who starts working in an establishment receives what was assigned to it. */
	@EventListener
	@Transactional
	public void on(MembershipStarted started) {
		record Assigned(long id, String curriculum, LocalDate dueOn, long assignedBy) {
		}
		List<Assigned> assigned = jdbc.query("select id, curriculum_slug, due_on, assigned_by from assignment"
				+ " where target_kind = 'establishment' and target_id = ? and ends_at is null",
				(row, i) -> new Assigned(row.getLong("id"), row.getString("curriculum_slug"),
						row.getObject("due_on", LocalDate.class), row.getLong("assigned_by")),
				started.establishmentId());
		for (Assigned assignment : assigned) {
			curricula.currentOf(assignment.curriculum())
				.ifPresent(curriculum -> reach(assignment.id(), started.person(), curriculum,
						PersonId.of(assignment.assignedBy()), assignment.dueOn()));
		}
	}

	/**
	 * A completed module counts for every assignment of that person whose curriculum requires it:
	 * in the same transaction as the completion, so counts never drift.
	 */
	@EventListener
	@Transactional
	public void on(ModuleCompleted completed) {
		List<Long> assignments = jdbc.queryForList("select m.assignment_id from assignment_member m"
				+ " join assignment a on a.id = m.assignment_id where m.person_id = ? and m.completed_at is null",
				Long.class, completed.learner().value());
		for (long assignment : assignments) {
			String slug = jdbc.queryForObject("select curriculum_slug from assignment where id = ?", String.class, assignment);
			boolean required = curricula.currentOf(slug)
				.map(curriculum -> curriculum.steps().stream()
					.anyMatch(step -> step.required() && step.module().equals(completed.moduleSlug())))
				.orElse(false);
			if (required) {
				// completed_at first: MySQL evaluates SET from left to right, with the values already updated.
				jdbc.update("update assignment_member set"
						+ " completed_at = case when modules_completed + 1 >= modules_required then ? else null end,"
						+ " modules_completed = modules_completed + 1"
						+ " where assignment_id = ? and person_id = ? and modules_completed < modules_required",
						LocalDateTime.ofInstant(completed.completedAt(), ZoneOffset.UTC), assignment, completed.learner().value());
			}
		}
	}

	/** An establishment's figures per curriculum: people reached, completed, overdue. */
	public record CurriculumFigures(String curriculum, String title, long assigned, long completed, long overdue) {
	}

	@Transactional(readOnly = true)
	public List<CurriculumFigures> figuresOf(long establishmentId) {
		java.util.Map<String, String> titles = new java.util.HashMap<>();
		curricula.current().forEach(c -> titles.put(c.slug(), c.titleFr()));
		return jdbc.query("select a.curriculum_slug, count(m.person_id) assigned,"
				+ " sum(case when m.completed_at is not null then 1 else 0 end) completed,"
				+ " sum(case when m.completed_at is null and a.due_on < ? then 1 else 0 end) overdue"
				+ " from assignment a join assignment_member m on m.assignment_id = a.id"
				+ " where a.target_kind = 'establishment' and a.target_id = ? and a.ends_at is null"
				+ " group by a.curriculum_slug order by a.curriculum_slug",
				(row, i) -> new CurriculumFigures(row.getString(1), titles.getOrDefault(row.getString(1), row.getString(1)),
						row.getLong(2), row.getLong(3), row.getLong(4)),
				LocalDate.now(clock), establishmentId);
	}

	/** The assignments of the establishments within the viewer's scope, latest first. */
	@Transactional(readOnly = true)
	public List<AssignmentView> visibleTo(SoclePrincipal viewer) {
		List<EstablishmentSummary> establishments = organisation.establishmentsVisibleTo(viewer);
		if (establishments.isEmpty()) {
			return List.of();
		}
		java.util.Map<Long, String> names = new java.util.HashMap<>();
		establishments.forEach(e -> names.put(e.id(), e.name()));
		java.util.Map<String, String> titles = new java.util.HashMap<>();
		curricula.current().forEach(c -> titles.put(c.slug(), c.titleFr()));
		String ids = String.join(",", names.keySet().stream().map(String::valueOf).toList());
		return jdbc.query("select id, curriculum_slug, target_id, due_on, assigned_by from assignment where target_kind ="
				+ " 'establishment' and ends_at is null and target_id in (" + ids + ") order by assigned_at desc",
				(row, i) -> new AssignmentView(row.getLong("id"), row.getString("curriculum_slug"),
						titles.getOrDefault(row.getString("curriculum_slug"), row.getString("curriculum_slug")),
						names.get(row.getLong("target_id")), row.getObject("due_on", LocalDate.class), row.getLong("assigned_by")));
	}

	/** Enrols the person in the required modules and records them as reached, with what they already completed. */
	private void reach(long assignment, PersonId person, CurriculumVersions.CurriculumVersion curriculum,
			PersonId assignedBy, LocalDate dueOn) {
		List<String> required = curriculum.steps().stream().filter(CurriculumOutline.Step::required)
			.map(CurriculumOutline.Step::module).toList();
		for (String module : required) {
			learning.enrolByAssignment(person, module, assignedBy, dueOn);
		}
		long done = learning.progressOf(person).stream()
			.filter(progress -> progress.completed() && required.contains(progress.module().slug()))
			.count();
		jdbc.update("insert ignore into assignment_member (assignment_id, person_id, modules_required, modules_completed,"
				+ " completed_at) values (?, ?, ?, ?, ?)", assignment, person.value(), required.size(), done,
				done >= required.size() ? LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC) : null);
	}

}
