package org.socle.curriculum.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.socle.catalog.CatalogApi;
import org.socle.catalog.ModuleDetails.Text;
import org.socle.catalog.CurriculumOutline;
import org.socle.curriculum.domain.AssignmentMembers.Member;
import org.socle.curriculum.domain.AssignmentMembers.State;
import org.socle.curriculum.domain.AssignmentTarget.Kind;
import org.socle.identity.IdentityApi;
import org.socle.identity.PersonId;
import org.socle.identity.Role;
import org.socle.identity.SoclePrincipal;
import org.socle.learning.LearningApi;
import org.socle.learning.ModuleCompleted;
import org.socle.organisation.CurrentMembership;
import org.socle.organisation.EstablishmentSummary;
import org.socle.organisation.MembershipEnded;
import org.socle.organisation.MembershipStarted;
import org.socle.organisation.OrganisationApi;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A curriculum (the version assigned) or a single module assigned to a region, an establishment, a
 * unit, a profession or a role within a region or an establishment, or to named people, with a due
 * date. Everyone it targets when it is assigned is enrolled at once; someone who comes to match it
 * later (hired, transferred, imported from an HR file, placed by single sign-on) is enrolled then; someone
 * who no longer matches stops counting, and keeps what they did. Exemptions and extensions are granted
 * per person with a reason. Nothing is deleted.
 */
@Service
public class Assignments {

	/** The longest relative due date, in days. */
	static final int MAX_DAYS = 3650;

	private static final Set<Role> ASSIGNABLE_ROLES = Set.of(Role.LEARNER, Role.TRAINER, Role.MANAGER);

	private final CurriculumVersions curricula;

	private final CatalogApi catalog;

	private final OrganisationApi organisation;

	private final IdentityApi identity;

	private final LearningApi learning;

	private final AssignmentMembers members;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	Assignments(CurriculumVersions curricula, CatalogApi catalog, OrganisationApi organisation, IdentityApi identity,
			LearningApi learning, AssignmentMembers members, JdbcTemplate jdbc, Clock clock) {
		this.curricula = curricula;
		this.catalog = catalog;
		this.organisation = organisation;
		this.identity = identity;
		this.learning = learning;
		this.members = members;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** What to assign (a curriculum or a module), to whom, and when it is due. */
	public record NewAssignment(String curriculum, String module, AssignmentTarget target, DueRule due) {
	}

	/** Why an assignment, an exemption or an extension was refused; nothing was changed. */
	public static class AssignmentRefused extends RuntimeException {

		private final String code;

		public AssignmentRefused(String code) {
			super("Assignment refused: " + code);
			this.code = code;
		}

		public String code() {
			return code;
		}

		public String messageKey() {
			return "assignment.rule." + code;
		}

	}

	/** A stored assignment and the modules it requires. */
	record Assignment(long id, String curriculumSlug, String module, Long curriculumVersion, AssignmentTarget target,
			DueRule due, long assignedBy, LocalDate assignedOn, Text title) {
	}

	/**
	 * Assigns a curriculum or a module within the assigner's scope and enrols the people it targets now.
	 *
	 * @return how many people it reached
	 */
	@Transactional
	public int assign(SoclePrincipal assigner, NewAssignment request) {
		checkWhat(assigner, request);
		AssignmentTarget target = checkTarget(assigner, request.target());
		checkDue(request.due());
		long id = insert(assigner, request, target);
		Assignment assignment = load(id).orElseThrow();
		Map<PersonId, CurrentMembership> reached = targetedNow(assignment);
		Map<PersonId, Set<String>> done = learning.completedModules(reached.keySet(), required(assignment));
		reached.forEach((person, membership) -> reach(assignment, person, membership, done.getOrDefault(person, Set.of())));
		return reached.size();
	}

	/** A person who starts working somewhere receives what targets them there. */
	@EventListener
	@Transactional
	public void on(MembershipStarted started) {
		reconcile(started.person());
	}

	/** A person who stops working somewhere stops counting for what no longer targets them. */
	@EventListener
	@Transactional
	public void on(MembershipEnded ended) {
		reconcile(ended.person());
	}

	/**
	 * Brings a person's assignments in line with where they work today: reached by those that target
	 * them, left by those that no longer do (their history stays), moved when they changed unit within
	 * the target.
	 */
	@Transactional
	public void reconcile(PersonId person) {
		List<CurrentMembership> memberships = organisation.currentMembershipsOf(person);
		Set<Long> regions = memberships.stream().map(CurrentMembership::regionId).collect(Collectors.toSet());
		List<Long> candidates = jdbc.queryForList("select id from assignment a where a.ends_at is null and ("
				+ inList("a.scope_region_id", regions)
				+ " or exists (select 1 from assignment_person p where p.assignment_id = a.id and p.person_id = ?)"
				+ " or exists (select 1 from assignment_member m where m.assignment_id = a.id and m.person_id = ?"
				+ " and m.state <> 'left')) order by a.id", Long.class, person.value(), person.value());
		Set<Role> roles = new HashSet<>();
		for (Role role : ASSIGNABLE_ROLES) {
			if (!identity.withRole(role, List.of(person)).isEmpty()) {
				roles.add(role);
			}
		}
		for (long id : candidates) {
			Assignment assignment = load(id).orElseThrow();
			Optional<CurrentMembership> match = match(assignment, person, memberships, roles);
			if (match.isPresent() || isNamed(assignment, person)) {
				reach(assignment, person, match.orElse(null),
						learning.completedModules(List.of(person), required(assignment)).getOrDefault(person, Set.of()));
			}
			else {
				leave(assignment, person);
			}
		}
	}

	/** Reconciles the people whose memberships start or end that day (run once a day by the scheduler). */
	@Transactional
	public int reconcileChangesOn(LocalDate day) {
		List<PersonId> people = organisation.peopleWhoseMembershipsChangeOn(day);
		people.forEach(this::reconcile);
		return people.size();
	}

	/**
	 * A completed module counts for every assignment of that person that requires it, in the same
	 * transaction as the completion, so counts never drift.
	 */
	@EventListener
	@Transactional
	public void on(ModuleCompleted completed) {
		// One query finds the person's open assignments that require this module: the module itself, or a
		// required step of the curriculum version assigned (the current one for assignments made before V22).
		List<Long> requiring = jdbc.queryForList("select m.assignment_id from assignment_member m"
				+ " join assignment a on a.id = m.assignment_id where m.person_id = ? and m.completed_at is null"
				+ " and (a.module_slug = ? or exists (select 1 from curriculum_step s where s.module_slug = ?"
				+ " and s.required = ? and s.version_id = coalesce(a.curriculum_version_id, (select v.id from"
				+ " curriculum_version v where v.slug = a.curriculum_slug order by v.version_number desc limit 1))))"
				+ " order by m.assignment_id", Long.class, completed.learner().value(), completed.moduleSlug(),
				completed.moduleSlug(), true);
		for (long id : requiring) {
			members.lock(id, completed.learner())
				.filter(member -> !member.isCompleted() && member.completed() < member.required())
				.ifPresent(member -> {
					int count = member.completed() + 1;
					members.save(member, member.withCompleted(count, count >= member.required() ? completed.completedAt() : null));
				});
		}
	}

	/** Exempts a person from an assignment, with a reason; they keep what they did. */
	@Transactional
	public void exempt(SoclePrincipal granter, long assignmentId, PersonId person, String reason) {
		switchState(granter, assignmentId, person, reason, State.ACTIVE, State.EXEMPT, "exemption");
	}

	/** Ends an exemption: the assignment asks again, with its due date. */
	@Transactional
	public void reinstate(SoclePrincipal granter, long assignmentId, PersonId person, String reason) {
		switchState(granter, assignmentId, person, reason, State.EXEMPT, State.ACTIVE, "reinstated");
	}

	private void switchState(SoclePrincipal granter, long assignmentId, PersonId person, String reason, State from,
			State to, String kind) {
		Member member = grantable(granter, assignmentId, person, reason);
		if (member.state() != from) {
			throw new AssignmentRefused(from == State.ACTIVE ? "not-active" : "not-exempt");
		}
		members.save(member, member.in(to));
		record(assignmentId, person, kind, null, reason, granter);
		reviseDueDates(person, required(load(assignmentId).orElseThrow()));
	}

	/** Gives a person a later due date, with a reason. */
	@Transactional
	public void extend(SoclePrincipal granter, long assignmentId, PersonId person, LocalDate dueOn, String reason) {
		Member member = grantable(granter, assignmentId, person, reason);
		if (member.state() != State.ACTIVE) {
			throw new AssignmentRefused("not-active");
		}
		if (dueOn == null || !dueOn.isAfter(member.dueOn()) || dueOn.isBefore(today())) {
			throw new AssignmentRefused("extension-not-later");
		}
		members.save(member, member.due(dueOn));
		record(assignmentId, person, "extension", dueOn, reason, granter);
		reviseDueDates(person, required(load(assignmentId).orElseThrow()));
	}

	/** What was assigned (a curriculum or a module) and how far its people are: counted, completed, overdue, exempt. */
	public record Figures(String curriculum, String module, Text title, long assigned, long completed, long overdue,
			long exempt) {

		public int completionPercent() {
			return assigned == 0 ? 0 : (int) Math.round(100.0 * completed / assigned);
		}

		public int overduePercent() {
			return assigned == 0 ? 0 : (int) Math.round(100.0 * overdue / assigned);
		}

		Figures plus(Figures other) {
			return new Figures(curriculum, module, title, assigned + other.assigned, completed + other.completed,
					overdue + other.overdue, exempt + other.exempt);
		}

	}

	/** An establishment's figures per curriculum or module assigned there, from the counters. */
	@Transactional(readOnly = true)
	public List<Figures> figuresOf(long establishmentId) {
		record Counted(long assignment, long assigned, long completed, long overdue, long exempt) {
		}
		List<Counted> counted = jdbc.query("select t.assignment_id, sum(t.assigned), sum(t.completed),"
				+ " sum(case when t.due_on < ? then t.assigned - t.completed else 0 end), sum(t.exempt)"
				+ " from assignment_tally t join assignment a on a.id = t.assignment_id"
				+ " where t.establishment_id = ? and a.ends_at is null group by t.assignment_id"
				+ " having sum(t.assigned) + sum(t.exempt) > 0 order by t.assignment_id",
				(row, i) -> new Counted(row.getLong(1), row.getLong(2), row.getLong(3), row.getLong(4), row.getLong(5)),
				today(), establishmentId);
		Map<String, Figures> byWhat = new LinkedHashMap<>();
		for (Counted count : counted) {
			Assignment assignment = load(count.assignment()).orElseThrow();
			Figures figures = new Figures(assignment.curriculumSlug(), assignment.module(), assignment.title(),
					count.assigned(), count.completed(), count.overdue(), count.exempt());
			byWhat.merge(assignment.curriculumSlug() + "/" + assignment.module(), figures, Figures::plus);
		}
		return List.copyOf(byWhat.values());
	}

	/** An assignment as lists show it. */
	public record AssignmentView(long id, String what, Text title, Kind kind, String targetName, String code,
			String scopeName, DueRule due, LocalDate assignedOn, long reached) {
	}

	/**
	 * The assignments that reach the establishments within the viewer's scope (for a manager, those of
	 * their establishment and of its whole region), latest first.
	 */
	@Transactional(readOnly = true)
	public List<AssignmentView> visibleTo(SoclePrincipal viewer) {
		return scopeOf(viewer).map(scope -> views(scope, visibleIds(scope, null))).orElse(List.of());
	}

	/** The regions and establishments within a viewer's scope, by id with their names. */
	private record Scope(Map<Long, String> regionNames, Map<Long, String> establishmentNames) {
	}

	private Optional<Scope> scopeOf(SoclePrincipal viewer) {
		List<EstablishmentSummary> establishments = organisation.establishmentsVisibleTo(viewer);
		if (establishments.isEmpty()) {
			return Optional.empty();
		}
		Map<Long, String> regionNames = new HashMap<>();
		Map<Long, String> establishmentNames = new HashMap<>();
		establishments.forEach(e -> {
			regionNames.put(e.regionId(), e.regionName());
			establishmentNames.put(e.id(), e.name());
		});
		return Optional.of(new Scope(regionNames, establishmentNames));
	}

	/** The assignments in force that reach the scope, latest first; only {@code onlyId} when it is given. */
	private List<Long> visibleIds(Scope scope, Long onlyId) {
		String sql = "select id from assignment where ends_at is null and "
				+ inList("scope_region_id", scope.regionNames().keySet()) + " and (scope_establishment_id is null or "
				+ inList("scope_establishment_id", scope.establishmentNames().keySet()) + ")";
		return onlyId == null ? jdbc.queryForList(sql + " order by assigned_at desc, id desc", Long.class)
				: jdbc.queryForList(sql + " and id = ?", Long.class, onlyId);
	}

	private List<AssignmentView> views(Scope scope, List<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		Map<Long, String> regionNames = scope.regionNames();
		Map<Long, String> establishmentNames = scope.establishmentNames();
		Map<Long, String> unitNames = new HashMap<>();
		organisation.unitsOf(establishmentNames.keySet()).forEach(u -> unitNames.put(u.id(), u.name()));
		Map<Long, Long> reachedCounts = new HashMap<>();
		jdbc.query("select assignment_id, count(*) from assignment_member where " + inList("assignment_id", ids)
				+ " and state <> 'left' group by assignment_id", row -> {
					reachedCounts.put(row.getLong(1), row.getLong(2));
				});
		List<AssignmentView> views = new ArrayList<>();
		for (long id : ids) {
			Assignment a = load(id).orElseThrow();
			AssignmentTarget target = a.target();
			String targetName = switch (target.kind()) {
				case REGION -> regionNames.get(target.id());
				case ESTABLISHMENT -> establishmentNames.get(target.id());
				case UNIT -> unitNames.get(target.id());
				case PROFESSION, ROLE -> target.code();
				case PEOPLE -> String.valueOf(target.people().size());
			};
			String scopeName = target.establishmentId() != null ? establishmentNames.get(target.establishmentId())
					: regionNames.get(target.regionId());
			long reached = reachedCounts.getOrDefault(id, 0L);
			views.add(new AssignmentView(id, a.curriculumSlug() != null ? "curriculum" : "module", a.title(), target.kind(),
					targetName, target.code(), scopeName, a.due(), a.assignedOn(), reached));
		}
		return views;
	}

	/** One person of an assignment, as its page lists them. */
	public record MemberView(PersonId person, String name, String establishment, String unit, String profession,
			String state, LocalDate dueOn, boolean completed, boolean overdue, int modulesCompleted, int modulesRequired) {
	}

	/** An exemption, extension or reinstatement, as the history lists it. */
	public record ExceptionView(PersonId person, String name, String kind, LocalDate dueOn, String reason, String grantedBy,
			java.time.Instant grantedAt) {
	}

	/** One assignment with its people in the viewer's scope and its history of exceptions. */
	public record AssignmentDetail(AssignmentView assignment, List<MemberView> members, List<ExceptionView> exceptions) {
	}

	/** An assignment the viewer may see, with the people of their scope; empty otherwise. */
	@Transactional(readOnly = true)
	public Optional<AssignmentDetail> detail(SoclePrincipal viewer, long id) {
		Optional<AssignmentView> view = scopeOf(viewer).flatMap(scope -> views(scope, visibleIds(scope, id)).stream().findFirst());
		if (view.isEmpty()) {
			return Optional.empty();
		}
		Map<Long, String> establishmentNames = new HashMap<>();
		organisation.establishmentsVisibleTo(viewer).forEach(e -> establishmentNames.put(e.id(), e.name()));
		Map<Long, String> unitNames = new HashMap<>();
		organisation.unitsOf(establishmentNames.keySet()).forEach(u -> unitNames.put(u.id(), u.name()));
		record Row(long person, String state, LocalDate dueOn, long establishment, long unit, String profession,
				int completed, int required, boolean done) {
		}
		List<Row> rows = jdbc.query("select person_id, state, due_on, establishment_id, unit_id, profession_code,"
				+ " modules_completed, modules_required, completed_at is not null from assignment_member"
				+ " where assignment_id = ? and " + inList("establishment_id", establishmentNames.keySet())
				+ " order by person_id", (row, i) -> new Row(row.getLong(1), row.getString(2),
						row.getObject(3, LocalDate.class), row.getLong(4), row.getLong(5), row.getString(6), row.getInt(7),
						row.getInt(8), row.getBoolean(9)),
				id);
		Map<PersonId, String> names = names(rows.stream().map(row -> PersonId.of(row.person())).toList());
		LocalDate today = today();
		List<MemberView> people = rows.stream()
			.map(row -> new MemberView(PersonId.of(row.person()), names.getOrDefault(PersonId.of(row.person()), "?"),
					establishmentNames.get(row.establishment()), unitNames.get(row.unit()), row.profession(), row.state(),
					row.dueOn(), row.done(), "active".equals(row.state()) && !row.done() && row.dueOn().isBefore(today),
					row.completed(), row.required()))
			.sorted(java.util.Comparator.comparing(MemberView::name))
			.toList();
		Set<Long> visiblePeople = rows.stream().map(Row::person).collect(Collectors.toSet());
		record Exception(long person, String kind, LocalDate dueOn, String reason, long grantedBy, LocalDateTime at) {
		}
		List<Exception> exceptions = jdbc.query("select person_id, kind, due_on, reason, granted_by, granted_at"
				+ " from assignment_exception where assignment_id = ? order by granted_at desc, id desc",
				(row, i) -> new Exception(row.getLong(1), row.getString(2), row.getObject(3, LocalDate.class),
						row.getString(4), row.getLong(5), row.getObject(6, LocalDateTime.class)),
				id)
			.stream()
			.filter(e -> visiblePeople.contains(e.person()))
			.toList();
		Map<PersonId, String> granters = names(exceptions.stream().map(e -> PersonId.of(e.grantedBy())).toList());
		List<ExceptionView> history = exceptions.stream()
			.map(e -> new ExceptionView(PersonId.of(e.person()), names.getOrDefault(PersonId.of(e.person()), "?"), e.kind(),
					e.dueOn(), e.reason(), granters.getOrDefault(PersonId.of(e.grantedBy()), "?"), e.at().toInstant(ZoneOffset.UTC)))
			.toList();
		return Optional.of(new AssignmentDetail(view.get(), people, history));
	}

	/** The title of what an assignment asks (curriculum or module), in French and, where written, English. */
	@Transactional(readOnly = true)
	public Text titleOf(long assignmentId) {
		return load(assignmentId).map(Assignment::title).orElse(new Text("", null));
	}

	// --- reaching and leaving ---

	private void reach(Assignment assignment, PersonId person, CurrentMembership membership, Set<String> done) {
		List<String> required = required(assignment);
		Optional<Member> existing = members.lock(assignment.id(), person);
		if (existing.isEmpty()) {
			LocalDate due = assignment.due().dueFor(assignment.assignedOn(), today(),
					membership == null ? null : membership.startsOn());
			required.forEach(module -> learning.enrolByAssignment(person, module, PersonId.of(assignment.assignedBy()), due));
			int completed = (int) required.stream().filter(done::contains).count();
			members.insert(new Member(assignment.id(), person.value(), State.ACTIVE, due, 0, 0, 0, null, required.size(),
					completed, completed >= required.size() ? clock.instant() : null)
				.placed(assignment.target().regionId(), membership));
			return;
		}
		Member member = existing.get();
		Member after = member.placed(assignment.target().regionId(), membership);
		if (member.state() == State.LEFT) {
			LocalDate due = assignment.due().from() == DueRule.From.FIXED ? member.dueOn()
					: assignment.due().dueFor(assignment.assignedOn(), today(), membership == null ? null : membership.startsOn());
			after = after.in(State.ACTIVE).due(due);
			for (String module : required) {
				learning.enrolByAssignment(person, module, PersonId.of(assignment.assignedBy()), due);
			}
		}
		if (!after.equals(member)) {
			members.save(member, after);
		}
	}

	private void leave(Assignment assignment, PersonId person) {
		members.lock(assignment.id(), person).filter(member -> member.state() != State.LEFT).ifPresent(member -> {
			members.save(member, member.in(State.LEFT));
			reviseDueDates(person, required(assignment));
		});
	}

	/** Sets each module's due date to the earliest among the assignments that still ask it of the person. */
	private void reviseDueDates(PersonId person, Collection<String> modules) {
		Map<String, LocalDate> earliest = new HashMap<>();
		for (Member active : members.activeOf(person)) {
			for (String module : required(load(active.assignment()).orElseThrow())) {
				earliest.merge(module, active.dueOn(), (a, b) -> a.isBefore(b) ? a : b);
			}
		}
		modules.forEach(module -> learning.reviseAssignment(person, module, earliest.get(module)));
	}

	/** The person's first membership that the assignment targets, if any. */
	private Optional<CurrentMembership> match(Assignment assignment, PersonId person, List<CurrentMembership> memberships,
			Set<Role> roles) {
		AssignmentTarget target = assignment.target();
		if (target.kind() == Kind.ROLE && !roles.contains(Role.valueOf(target.code()))) {
			return Optional.empty();
		}
		if (target.kind() == Kind.PEOPLE) {
			return isNamed(assignment, person) ? memberships.stream().filter(target::covers).findFirst() : Optional.empty();
		}
		return memberships.stream().filter(target::covers).findFirst();
	}

	private boolean isNamed(Assignment assignment, PersonId person) {
		return assignment.target().kind() == Kind.PEOPLE && assignment.target().people().contains(person);
	}

	/** The people the assignment targets today, each with the membership that places them. */
	private Map<PersonId, CurrentMembership> targetedNow(Assignment assignment) {
		AssignmentTarget target = assignment.target();
		Map<PersonId, CurrentMembership> targeted = new LinkedHashMap<>();
		if (target.kind() == Kind.PEOPLE) {
			for (PersonId person : target.people()) {
				targeted.put(person, organisation.currentMembershipsOf(person).stream().filter(target::covers).findFirst()
					.orElse(null));
			}
			return targeted;
		}
		for (CurrentMembership membership : organisation.currentMemberships(target.regionId(), target.establishmentId())) {
			if (target.covers(membership)) {
				targeted.putIfAbsent(membership.person(), membership);
			}
		}
		if (target.kind() == Kind.ROLE) {
			targeted.keySet().retainAll(identity.withRole(Role.valueOf(target.code()), targeted.keySet()));
		}
		return targeted;
	}

	// --- checks ---

	private void checkWhat(SoclePrincipal assigner, NewAssignment request) {
		boolean curriculum = request.curriculum() != null && !request.curriculum().isBlank();
		boolean module = request.module() != null && !request.module().isBlank();
		if (curriculum == module) {
			throw new AssignmentRefused("curriculum-or-module");
		}
		if (curriculum) {
			// a curriculum built in the browser by another region is unknown here, as on its own pages
			if (curricula.visibleTo(assigner).stream().noneMatch(c -> c.slug().equals(request.curriculum()))) {
				throw new AssignmentRefused("unknown-curriculum");
			}
		}
		else if (catalog.currentModule(request.module()).isEmpty()) {
			throw new AssignmentRefused("unknown-module");
		}
	}

	/** The target, checked against the assigner's scope, with its region (and establishment) filled in. */
	private AssignmentTarget checkTarget(SoclePrincipal assigner, AssignmentTarget target) {
		if (target == null || target.kind() == null) {
			throw new AssignmentRefused("no-target");
		}
		Map<Long, EstablishmentSummary> establishments = new HashMap<>();
		organisation.establishmentsVisibleTo(assigner).forEach(e -> establishments.put(e.id(), e));
		Set<Long> regions = organisation.regionsSteeredBy(assigner).stream().map(r -> r.id()).collect(Collectors.toSet());
		return switch (target.kind()) {
			case REGION -> {
				if (target.id() == null || !regions.contains(target.id())) {
					throw new AssignmentRefused("outside-scope");
				}
				yield new AssignmentTarget(Kind.REGION, target.id(), null, target.id(), null, List.of());
			}
			case ESTABLISHMENT -> {
				EstablishmentSummary establishment = target.id() == null ? null : establishments.get(target.id());
				if (establishment == null) {
					throw new AssignmentRefused("outside-scope");
				}
				yield new AssignmentTarget(Kind.ESTABLISHMENT, establishment.id(), null, establishment.regionId(),
						establishment.id(), List.of());
			}
			case UNIT -> {
				Optional<Long> establishment = target.id() == null ? Optional.empty()
						: organisation.unitsOf(establishments.keySet()).stream().filter(u -> u.id() == target.id())
							.map(u -> u.establishmentId()).findFirst();
				if (establishment.isEmpty()) {
					throw new AssignmentRefused("outside-scope");
				}
				yield new AssignmentTarget(Kind.UNIT, target.id(), null, establishments.get(establishment.get()).regionId(),
						establishment.get(), List.of());
			}
			case PROFESSION, ROLE, PEOPLE -> {
				AssignmentTarget scoped = scoped(target, establishments, regions);
				if (target.kind() == Kind.PROFESSION && !organisation.professionCodes().contains(target.code())) {
					throw new AssignmentRefused("unknown-profession");
				}
				if (target.kind() == Kind.ROLE && ASSIGNABLE_ROLES.stream().noneMatch(r -> r.name().equals(target.code()))) {
					throw new AssignmentRefused("unknown-role");
				}
				if (target.kind() == Kind.PEOPLE) {
					if (target.people().isEmpty()) {
						throw new AssignmentRefused("no-people");
					}
					for (PersonId person : target.people()) {
						if (organisation.currentMembershipsOf(person).stream().noneMatch(scoped::covers)) {
							throw new AssignmentRefused("person-outside-scope");
						}
					}
				}
				yield scoped;
			}
		};
	}

	/** A profession, role or people target narrowed to a region of the scope or one establishment of it. */
	private static AssignmentTarget scoped(AssignmentTarget target, Map<Long, EstablishmentSummary> establishments,
			Set<Long> regions) {
		if (target.establishmentId() != null) {
			EstablishmentSummary establishment = establishments.get(target.establishmentId());
			if (establishment == null) {
				throw new AssignmentRefused("outside-scope");
			}
			return new AssignmentTarget(target.kind(), null, target.code(), establishment.regionId(), establishment.id(),
					target.people());
		}
		if (!regions.contains(target.regionId())) {
			throw new AssignmentRefused("outside-scope");
		}
		return new AssignmentTarget(target.kind(), null, target.code(), target.regionId(), null, target.people());
	}

	private void checkDue(DueRule due) {
		if (due == null || due.from() == null) {
			throw new AssignmentRefused("invalid-date");
		}
		if (due.from() == DueRule.From.FIXED) {
			if (due.fixedOn() == null) {
				throw new AssignmentRefused("invalid-date");
			}
			if (due.fixedOn().isBefore(today())) {
				throw new AssignmentRefused("due-date-past");
			}
		}
		else if (due.days() == null || due.days() < 1 || due.days() > MAX_DAYS) {
			throw new AssignmentRefused("invalid-days");
		}
	}

	private Member grantable(SoclePrincipal granter, long assignmentId, PersonId person, String reason) {
		if (reason == null || reason.isBlank()) {
			throw new AssignmentRefused("reason-required");
		}
		if (reason.length() > 1000) {
			throw new AssignmentRefused("reason-too-long");
		}
		Optional<Scope> scope = scopeOf(granter);
		Set<Long> establishments = scope.map(sc -> sc.establishmentNames().keySet()).orElse(Set.of());
		boolean visible = scope.map(sc -> !visibleIds(sc, assignmentId).isEmpty()).orElse(false);
		return members.lock(assignmentId, person)
			.filter(member -> visible && (establishments.contains(member.establishmentId()) || granter.hasRole(Role.ADMIN)))
			.orElseThrow(() -> new AssignmentRefused("unknown-member"));
	}

	// --- storage ---

	private long insert(SoclePrincipal assigner, NewAssignment request, AssignmentTarget target) {
		boolean curriculum = request.curriculum() != null && !request.curriculum().isBlank();
		Long version = curriculum ? curricula.currentOf(request.curriculum()).map(CurriculumVersions.CurriculumVersion::id)
			.orElseThrow() : null;
		KeyHolder key = new GeneratedKeyHolder();
		jdbc.update(connection -> {
			var statement = connection.prepareStatement("insert into assignment (curriculum_slug, curriculum_version_id,"
					+ " module_slug, target_kind, target_id, target_code, scope_region_id, scope_establishment_id, due_from,"
					+ " due_on, due_days, assigned_by, assigned_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
					java.sql.Statement.RETURN_GENERATED_KEYS);
			statement.setString(1, curriculum ? request.curriculum() : null);
			statement.setObject(2, version);
			statement.setString(3, curriculum ? null : request.module());
			statement.setString(4, target.kind().column());
			statement.setObject(5, target.id());
			statement.setString(6, target.code());
			statement.setLong(7, target.regionId());
			statement.setObject(8, target.establishmentId());
			statement.setString(9, request.due().from().column());
			statement.setObject(10, request.due().fixedOn());
			statement.setObject(11, request.due().days());
			statement.setLong(12, assigner.personId().value());
			statement.setObject(13, LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
			return statement;
		}, key);
		long id = key.getKey().longValue();
		for (PersonId person : new java.util.LinkedHashSet<>(target.people())) {
			jdbc.update("insert into assignment_person (assignment_id, person_id) values (?, ?)", id, person.value());
		}
		return id;
	}

	private Optional<Assignment> load(long id) {
		List<PersonId> people = jdbc.queryForList("select person_id from assignment_person where assignment_id = ?"
				+ " order by person_id", Long.class, id).stream().map(PersonId::of).toList();
		return jdbc.query("select curriculum_slug, module_slug, curriculum_version_id, target_kind, target_id, target_code,"
				+ " scope_region_id, scope_establishment_id, due_from, due_on, due_days, assigned_by, assigned_at"
				+ " from assignment where id = ?", (row, i) -> {
					String curriculum = row.getString(1);
					String module = row.getString(2);
					Long version = (Long) row.getObject(3, Long.class);
					AssignmentTarget target = new AssignmentTarget(Kind.ofColumn(row.getString(4)), row.getObject(5, Long.class),
							row.getString(6), row.getLong(7), row.getObject(8, Long.class), people);
					DueRule due = new DueRule(DueRule.From.ofColumn(row.getString(9)), row.getObject(10, LocalDate.class),
							row.getObject(11, Integer.class));
					LocalDate assignedOn = row.getObject(13, LocalDateTime.class).toLocalDate();
					Text title = curriculum != null
							? versionOf(version, curriculum).map(v -> new Text(v.titleFr(), v.titleEn()))
								.orElse(new Text(curriculum, null))
							: catalog.currentModule(module).map(outline -> new Text(outline.titleFr(), outline.titleEn()))
								.orElse(new Text(module, null));
					return new Assignment(id, curriculum, module, version, target, due, row.getLong(12), assignedOn, title);
				}, id)
			.stream()
			.findFirst();
	}

	/** The modules an assignment requires: its curriculum version's required modules, or its module. */
	private List<String> required(Assignment assignment) {
		if (assignment.module() != null) {
			return List.of(assignment.module());
		}
		return versionOf(assignment.curriculumVersion(), assignment.curriculumSlug())
			.map(version -> version.steps().stream().filter(CurriculumOutline.Step::required)
				.map(CurriculumOutline.Step::module).toList())
			.orElse(List.of());
	}

	private Optional<CurriculumVersions.CurriculumVersion> versionOf(Long version, String slug) {
		return version != null ? curricula.byId(version) : curricula.currentOf(slug);
	}

	private void record(long assignment, PersonId person, String kind, LocalDate dueOn, String reason,
			SoclePrincipal granter) {
		jdbc.update("insert into assignment_exception (assignment_id, person_id, kind, due_on, reason, granted_by,"
				+ " granted_at) values (?, ?, ?, ?, ?, ?, ?)", assignment, person.value(), kind, dueOn, reason.strip(),
				granter.personId().value(), LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
	}

	private Map<PersonId, String> names(Collection<PersonId> people) {
		Map<PersonId, String> names = new HashMap<>();
		identity.people(people).forEach((id, summary) -> names.put(id, summary.displayName()));
		return names;
	}

	private LocalDate today() {
		return LocalDate.now(clock);
	}

	/** {@code column in (1, 2, 3)} from ids the code holds (never from input), or a condition that never holds. */
	private static String inList(String column, Collection<Long> ids) {
		return ids.isEmpty() ? "1 = 0"
				: column + " in (" + ids.stream().map(String::valueOf).collect(Collectors.joining(",")) + ")";
	}

}
