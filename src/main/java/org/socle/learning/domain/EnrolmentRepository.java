package org.socle.learning.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * Writes are single statements that the database makes idempotent and race-safe through its
 * unique keys: a double click, a retry or a second tab records nothing twice.
 */
interface EnrolmentRepository extends Repository<Enrolment, Long> {

	Optional<Enrolment> findByPersonIdAndModuleSlug(Long personId, String moduleSlug);

	List<Enrolment> findByPersonIdOrderByLastActivityAtDesc(Long personId);

	@Modifying
	@Query(value = "insert ignore into enrolment (person_id, module_slug, module_version_id, lessons_total,"
			+ " lessons_read, assessment_required, enrolled_at, last_activity_at)"
			+ " values (:person, :slug, :version, :total, 0, :assessment, :now, :now)", nativeQuery = true)
	int insertIfAbsent(Long person, String slug, Long version, int total, boolean assessment, Instant now);

	/**
	 * Records activity and, as a first write, takes the enrolment's row lock: concurrent reads of
	 * the same enrolment then queue here instead of deadlocking on the lesson_read foreign key.
	 */
	@Modifying
	@Query(value = "update enrolment set last_activity_at = :now where id = :enrolment", nativeQuery = true)
	int lockForActivity(Long enrolment, Instant now);

	@Modifying
	@Query(value = "insert ignore into lesson_read (enrolment_id, lesson_id, read_at, seconds_spent)"
			+ " values (:enrolment, :lesson, :now, :seconds)", nativeQuery = true)
	int insertLessonReadIfAbsent(Long enrolment, Long lesson, Instant now, int seconds);

	@Modifying
	@Query(value = "update enrolment set seconds_spent = seconds_spent + :seconds where id = :enrolment", nativeQuery = true)
	int addTimeSpent(Long enrolment, int seconds);

	/**
	 * Records an assignment on the enrolment: the first assigner stays, the earliest due date wins,
	 * and an assigned module is taken up again if the learner had left it. One row, idempotent.
	 */
	@Modifying
	@Query(value = "update enrolment set due_on = case when due_on is null or :due < due_on then :due else due_on end,"
			+ " assigned_by = coalesce(assigned_by, :by), assigned_at = coalesce(assigned_at, :now), withdrawn_at = null"
			+ " where person_id = :person and module_slug = :slug", nativeQuery = true)
	int recordAssignment(Long person, String slug, Long by, java.time.LocalDate due, Instant now);

	@Modifying
	@Query(value = "update enrolment set due_on = :due, assigned_by = case when :due is null then null else assigned_by end"
			+ " where person_id = :person and module_slug = :slug", nativeQuery = true)
	int reviseAssignment(Long person, String slug, java.time.LocalDate due);

	@Query(value = "select person_id, module_slug from enrolment where person_id in :people and module_slug in :slugs"
			+ " and completed_at is not null", nativeQuery = true)
	List<Object[]> findCompleted(java.util.Collection<Long> people, java.util.Collection<String> slugs);

	/** Leaves a module not yet completed nor assigned; the enrolment and its history stay. */
	@Modifying
	@Query(value = "update enrolment set withdrawn_at = :now where person_id = :person and module_slug = :slug"
			+ " and withdrawn_at is null and completed_at is null and assigned_by is null", nativeQuery = true)
	int withdraw(Long person, String slug, Instant now);

	@Query(value = "select count(*) from enrolment where person_id = :person and module_slug = :slug"
			+ " and withdrawn_at is not null", nativeQuery = true)
	long countWithdrawn(Long person, String slug);

	/** Takes a module up again where it was left. */
	@Modifying
	@Query(value = "update enrolment set withdrawn_at = null, last_activity_at = :now where person_id = :person"
			+ " and module_slug = :slug and withdrawn_at is not null", nativeQuery = true)
	int resume(Long person, String slug, Instant now);

	@Modifying
	@Query(value = "update enrolment set lessons_read = lessons_read + 1, last_activity_at = :now where id = :enrolment",
			nativeQuery = true)
	int countLessonRead(Long enrolment, Instant now);

	/** Sets the completion once: only the statement that finds it unset and the rule met changes the row. */
	@Modifying
	@Query(value = "update enrolment set completed_at = :now where id = :enrolment and completed_at is null"
			+ " and lessons_read >= lessons_total"
			+ " and (assessment_required = false or assessment_passed_at is not null)", nativeQuery = true)
	int completeIfRuleMet(Long enrolment, Instant now);

	@Query(value = "select enrolment_id, lesson_id from lesson_read where enrolment_id in :enrolments",
			nativeQuery = true)
	List<Object[]> lessonsReadByEnrolment(Collection<Long> enrolments);

}
