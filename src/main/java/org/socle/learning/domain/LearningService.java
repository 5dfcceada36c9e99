package org.socle.learning.domain;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.socle.catalog.CatalogApi;
import org.socle.catalog.LessonId;
import org.socle.catalog.LessonRef;
import org.socle.catalog.ModuleOutline;
import org.socle.catalog.ModuleVersionId;
import org.socle.identity.PersonId;
import org.socle.learning.LearningApi;
import org.socle.learning.LearningEvents;
import org.socle.learning.ModuleCompleted;
import org.socle.learning.ModuleProgress;
import org.socle.learning.UnknownModuleException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
public class LearningService implements LearningApi {

	/** A lesson left open over lunch does not count as two hours of reading. */
	static final int MAX_SECONDS_ON_A_LESSON = 2 * 60 * 60;

	private final EnrolmentRepository enrolments;

	private final CatalogApi catalog;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	LearningService(EnrolmentRepository enrolments, CatalogApi catalog, ApplicationEventPublisher events,
			Clock clock) {
		this.enrolments = enrolments;
		this.catalog = catalog;
		this.events = events;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void enrol(PersonId learner, String moduleSlug) {
		ModuleOutline module = catalog.currentModule(moduleSlug)
			.orElseThrow(() -> new UnknownModuleException(moduleSlug));
		// The rule is pinned with the version: a later version's rule does not change this enrolment.
		boolean assessmentRequired = catalog.assessment(module.versionId()).isPresent()
				&& catalog.details(module.versionId())
					.map(details -> details.completion() != null && details.completion().assessmentRequired())
					.orElse(false);
		Instant now = clock.instant();
		if (enrolments.insertIfAbsent(learner.value(), moduleSlug, module.versionId().value(), module.lessons().size(),
				assessmentRequired, now) == 1) {
			events.publishEvent(new LearningEvents.ModuleLaunched(learner, moduleSlug, module.versionId(), now));
		}
		else if (enrolments.countWithdrawn(learner.value(), moduleSlug) > 0) {
			// Only then write: an update on every repeated enrolment would turn the duplicate insert's
			// shared lock into an exclusive one, and two tabs would deadlock.
			enrolments.resume(learner.value(), moduleSlug, now);
		}
	}

	@Override
	@Transactional
	public void enrolByAssignment(PersonId learner, String moduleSlug, PersonId assignedBy, java.time.LocalDate dueOn) {
		enrol(learner, moduleSlug);
		enrolments.recordAssignment(learner.value(), moduleSlug, assignedBy.value(), dueOn, clock.instant());
	}

	@Override
	@Transactional
	public void reviseAssignment(PersonId learner, String moduleSlug, java.time.LocalDate dueOn) {
		enrolments.reviseAssignment(learner.value(), moduleSlug, dueOn);
	}

	@Override
	public Map<PersonId, Set<String>> completedModules(Collection<PersonId> people,
			Collection<String> moduleSlugs) {
		Map<PersonId, Set<String>> completed = new HashMap<>();
		if (people.isEmpty() || moduleSlugs.isEmpty()) {
			return completed;
		}
		List<Long> ids = people.stream().map(PersonId::value).distinct().toList();
		for (int from = 0; from < ids.size(); from += 1000) {
			for (Object[] row : enrolments.findCompleted(ids.subList(from, Math.min(ids.size(), from + 1000)), moduleSlugs)) {
				completed.computeIfAbsent(PersonId.of(((Number) row[0]).longValue()), id -> new HashSet<>())
					.add((String) row[1]);
			}
		}
		return completed;
	}

	@Override
	@Transactional
	public void withdraw(PersonId learner, String moduleSlug) {
		enrolments.withdraw(learner.value(), moduleSlug, clock.instant());
	}

	@Override
	@Transactional
	public void recordLessonRead(PersonId learner, String moduleSlug, String lessonSlug) {
		recordLessonRead(learner, moduleSlug, lessonSlug, 0);
	}

	@Override
	@Transactional
	public void recordLessonRead(PersonId learner, String moduleSlug, String lessonSlug, int seconds) {
		Enrolment enrolment = enrolments.findByPersonIdAndModuleSlug(learner.value(), moduleSlug)
			.orElseThrow(() -> new UnknownModuleException(moduleSlug));
		ModuleOutline module = outlineOf(enrolment);
		LessonRef lesson = module.lesson(lessonSlug)
			.orElseThrow(() -> new UnknownModuleException(moduleSlug + "/" + lessonSlug));
		Instant now = clock.instant();
		int spent = Math.max(0, Math.min(seconds, MAX_SECONDS_ON_A_LESSON));
		enrolments.lockForActivity(enrolment.id(), now);
		if (spent > 0) {
			enrolments.addTimeSpent(enrolment.id(), spent);
		}
		if (enrolments.insertLessonReadIfAbsent(enrolment.id(), lesson.id().value(), now, spent) == 1) {
			enrolments.countLessonRead(enrolment.id(), now);
			events.publishEvent(new LearningEvents.LessonRead(learner, moduleSlug, module.versionId(), lessonSlug, spent,
					now));
			if (enrolments.completeIfRuleMet(enrolment.id(), now) == 1) {
				events.publishEvent(new ModuleCompleted(learner, moduleSlug, module.versionId(), now));
			}
		}
	}

	@Override
	public List<ModuleProgress> progressOf(PersonId learner) {
		List<Enrolment> mine = enrolments.findByPersonIdOrderByLastActivityAtDesc(learner.value());
		if (mine.isEmpty()) {
			return List.of();
		}
		Map<ModuleVersionId, ModuleOutline> outlines = catalog
			.versions(mine.stream().map(Enrolment::moduleVersionId).toList());
		Map<Long, Set<LessonId>> read = lessonsReadBy(mine.stream().map(Enrolment::id).toList());
		return mine.stream()
			.filter(enrolment -> outlines.containsKey(enrolment.moduleVersionId()))
			.map(enrolment -> progress(enrolment, outlines.get(enrolment.moduleVersionId()),
					read.getOrDefault(enrolment.id(), Set.of())))
			.toList();
	}

	@Override
	public Optional<ModuleProgress> progressIn(PersonId learner, String moduleSlug) {
		return enrolments.findByPersonIdAndModuleSlug(learner.value(), moduleSlug)
			.map(enrolment -> progress(enrolment, outlineOf(enrolment),
					lessonsReadBy(List.of(enrolment.id())).getOrDefault(enrolment.id(), Set.of())));
	}

	private ModuleOutline outlineOf(Enrolment enrolment) {
		ModuleOutline outline = catalog.versions(List.of(enrolment.moduleVersionId()))
			.get(enrolment.moduleVersionId());
		if (outline == null) {
			throw new IllegalStateException("Enrolment " + enrolment.id() + " pins a module version that is missing");
		}
		return outline;
	}

	private Map<Long, Set<LessonId>> lessonsReadBy(List<Long> enrolmentIds) {
		Map<Long, Set<LessonId>> read = new HashMap<>();
		for (Object[] row : enrolments.lessonsReadByEnrolment(enrolmentIds)) {
			read.computeIfAbsent(((Number) row[0]).longValue(), id -> new HashSet<>())
				.add(new LessonId(((Number) row[1]).longValue()));
		}
		return read;
	}

	private static ModuleProgress progress(Enrolment enrolment, ModuleOutline module, Set<LessonId> read) {
		return new ModuleProgress(module, Set.copyOf(read), enrolment.enrolledAt(), enrolment.lastActivityAt(),
				enrolment.completedAt(), enrolment.assessmentRequired(), enrolment.assessmentPassedAt(),
				enrolment.bestScore(), enrolment.withdrawnAt(), enrolment.secondsSpent(),
				enrolment.assignedBy() == null ? null : PersonId.of(enrolment.assignedBy()), enrolment.dueOn());
	}

}
