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
		jdbc.update("insert into assignment (curriculum_slug, target_kind, target_id, due_on, assigned_by, assigned_at)"
				+ " values (?, 'establishment', ?, ?, ?, ?)", curriculumSlug, establishmentId, dueOn,
				assigner.personId().value(), LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
		List<PersonId> people = organisation.peopleOfEstablishment(establishmentId);
		people.forEach(person -> enrol(person, curriculum, assigner.personId(), dueOn));
		return people.size();
	}

	/** A person who starts working in an establishment receives what was assigned to it. */
	@EventListener
	@Transactional
	public void on(MembershipStarted started) {
		record Assigned(String curriculum, LocalDate dueOn, long assignedBy) {
		}
		List<Assigned> assigned = jdbc.query("select curriculum_slug, due_on, assigned_by from assignment"
				+ " where target_kind = 'establishment' and target_id = ? and ends_at is null",
				(row, i) -> new Assigned(row.getString("curriculum_slug"), row.getObject("due_on", LocalDate.class),
						row.getLong("assigned_by")),
				started.establishmentId());
		for (Assigned assignment : assigned) {
			curricula.currentOf(assignment.curriculum())
				.ifPresent(curriculum -> enrol(started.person(), curriculum, PersonId.of(assignment.assignedBy()),
						assignment.dueOn()));
		}
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

	private void enrol(PersonId person, CurriculumVersions.CurriculumVersion curriculum, PersonId assignedBy,
			LocalDate dueOn) {
		for (CurriculumOutline.Step step : curriculum.steps()) {
			if (step.required()) {
				learning.enrolByAssignment(person, step.module(), assignedBy, dueOn);
			}
		}
	}

}
