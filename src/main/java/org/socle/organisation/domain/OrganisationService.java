package org.socle.organisation.domain;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.socle.identity.PersonId;
import org.socle.identity.Role;
import org.socle.identity.SoclePrincipal;
import org.socle.organisation.OrganisationApi;
import org.socle.organisation.OrganisationIds.EstablishmentId;
import org.socle.organisation.OrganisationIds.RegionId;
import org.socle.organisation.OrganisationIds.UnitId;
import org.socle.organisation.Placement;
import org.socle.organisation.RegionSummary;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
public class OrganisationService implements OrganisationApi {

	/** Until staff lists are paginated (organisations issue), a screen shows at most this many people. */
	static final Limit STAFF_LIST_LIMIT = Limit.of(500);

	private static final Set<Role> SCOPED_ROLES = EnumSet.of(Role.MANAGER, Role.COORDINATOR);

	private final RegionRepository regions;

	private final EstablishmentRepository establishments;

	private final OrgUnitRepository units;

	private final MembershipRepository memberships;

	private final ScopedRoleRepository scopedRoles;

	private final Clock clock;

	private final MembershipChanges changes;

	OrganisationService(RegionRepository regions, EstablishmentRepository establishments, OrgUnitRepository units,
			MembershipRepository memberships, ScopedRoleRepository scopedRoles, Clock clock, MembershipChanges changes) {
		this.changes = changes;
		this.regions = regions;
		this.establishments = establishments;
		this.units = units;
		this.memberships = memberships;
		this.scopedRoles = scopedRoles;
		this.clock = clock;
	}

	@Override
	public boolean mayViewRecordsOf(SoclePrincipal viewer, PersonId subject) {
		if (viewer.hasRole(Role.ADMIN)) {
			return true;
		}
		Set<Role> heldScopedRoles = heldScopedRoles(viewer);
		if (!heldScopedRoles.isEmpty()
				&& memberships.viewerScopeCovers(viewer.personId().value(), heldScopedRoles, subject.value(), today())) {
			return true;
		}
		return viewer.hasRole(Role.TRAINER)
				&& memberships.trainerGroupCovers(viewer.personId().value(), subject.value(), today());
	}

	@Override
	public List<org.socle.organisation.EstablishmentSummary> establishmentsVisibleTo(SoclePrincipal viewer) {
		if (viewer.hasRole(Role.ADMIN)) {
			return establishments.findAllSummaries();
		}
		Set<Role> held = heldScopedRoles(viewer);
		return held.isEmpty() ? List.of() : establishments.findSummariesWithinScope(viewer.personId().value(), held, today());
	}

	@Override
	public List<RegionSummary> regionsSteeredBy(SoclePrincipal viewer) {
		if (viewer.hasRole(Role.ADMIN)) {
			return regions.findAllSummaries();
		}
		return viewer.hasRole(Role.COORDINATOR)
				? regions.findSummariesWithRegionRole(viewer.personId().value(), Role.COORDINATOR, today()) : List.of();
	}

	@Override
	public List<RegionSummary> regionsVisibleTo(SoclePrincipal viewer) {
		if (viewer.hasRole(Role.ADMIN)) {
			return regions.findAllSummaries();
		}
		Set<Role> held = heldScopedRoles(viewer);
		return held.isEmpty() ? List.of() : regions.findSummariesWithinScope(viewer.personId().value(), held, today());
	}

	@Override
	public List<Placement> learnersOfTrainer(SoclePrincipal trainer) {
		if (!trainer.hasRole(Role.TRAINER)) {
			return List.of();
		}
		return toPlacements(memberships.placementsInTrainerGroups(trainer.personId().value(), today(), STAFF_LIST_LIMIT));
	}

	@Override
	public List<Placement> staffVisibleTo(SoclePrincipal viewer) {
		if (viewer.hasRole(Role.ADMIN)) {
			return toPlacements(memberships.allPlacements(today(), STAFF_LIST_LIMIT));
		}
		Set<Role> heldScopedRoles = heldScopedRoles(viewer);
		if (heldScopedRoles.isEmpty()) {
			return List.of();
		}
		return toPlacements(memberships.placementsWithinScope(viewer.personId().value(), heldScopedRoles, today(),
				STAFF_LIST_LIMIT));
	}

	@Override
	public Map<PersonId, Placement> placements(Collection<PersonId> people) {
		if (people.isEmpty()) {
			return Map.of();
		}
		return toPlacements(memberships.placementsOf(people.stream().map(PersonId::value).toList(), today()))
			.stream()
			.collect(Collectors.toMap(Placement::person, Function.identity(), (first, second) -> first));
	}

	@Override
	@Transactional
	public RegionId createRegion(String code, String name) {
		return new RegionId(regions.save(new Region(code, name)).id());
	}

	@Override
	@Transactional
	public EstablishmentId createEstablishment(RegionId region, String code, String name) {
		return new EstablishmentId(establishments.save(new Establishment(region.value(), code, name)).id());
	}

	@Override
	@Transactional
	public UnitId createUnit(EstablishmentId establishment, String name) {
		return new UnitId(units.save(new OrgUnit(establishment.value(), name)).id());
	}

	@Override
	@Transactional
	public void addMembership(PersonId person, UnitId unit, String professionCode, LocalDate startsOn) {
		startMembership(person.value(), unit.value(), professionCode, startsOn);
	}

	/** Saves a membership and tells whoever assigns training to the people of its unit. */
	void startMembership(Long person, Long unit, String professionCode, LocalDate startsOn) {
		changes.start(new Membership(person, unit, professionCode, startsOn), person, unit, professionCode);
	}

	@Override
	public Map<Long, Set<PersonId>> peopleOfEstablishments(Collection<Long> establishmentIds) {
		Map<Long, Set<PersonId>> people = new HashMap<>();
		if (establishmentIds.isEmpty()) {
			return people;
		}
		for (Object[] row : memberships.currentMembersOfEstablishments(establishmentIds, today())) {
			people.computeIfAbsent((Long) row[0], id -> new HashSet<>()).add(PersonId.of((Long) row[1]));
		}
		return people;
	}

	@Override
	public List<org.socle.organisation.UnitSummary> unitsOf(Collection<Long> establishmentIds) {
		return establishmentIds.isEmpty() ? List.of() : units.findSummaries(establishmentIds);
	}

	@Override
	public List<org.socle.organisation.CurrentMembership> currentMembershipsOf(PersonId person) {
		return memberships.currentOf(person.value(), today());
	}

	@Override
	public List<org.socle.organisation.CurrentMembership> currentMemberships(long regionId, Long establishmentId) {
		return establishmentId == null ? memberships.currentInRegion(regionId, today())
				: memberships.currentInEstablishment(establishmentId, today());
	}

	@Override
	public List<ScopedHolder> currentHolders(Role role) {
		return scopedRoles.findCurrentHolders(role, today())
			.stream()
			.map(row -> new ScopedHolder(PersonId.of(((Number) row[0]).longValue()), (Long) row[1], (Long) row[2]))
			.toList();
	}

	@Override
	public List<PersonId> peopleWhoseMembershipsChangeOn(LocalDate day) {
		return memberships.peopleChangingOn(day).stream().map(PersonId::of).toList();
	}

	@Override
	@Transactional
	public void endMemberships(PersonId person, UnitId unit, LocalDate day) {
		memberships.findOpenIn(person.value(), unit.value(), day).forEach(membership -> changes.end(membership, day));
	}

	@Override
	@Transactional
	public void grantRegionRole(PersonId person, Role role, RegionId region, LocalDate startsOn) {
		scopedRoles.save(ScopedRole.inRegion(person.value(), role, region.value(), startsOn));
	}

	@Override
	@Transactional
	public void grantEstablishmentRole(PersonId person, Role role, EstablishmentId establishment, LocalDate startsOn) {
		scopedRoles.save(ScopedRole.inEstablishment(person.value(), role, establishment.value(), startsOn));
	}

	@Override
	public boolean regionExists(String code) {
		return regions.existsByCode(code);
	}

	@Override
	public List<UnitOption> units() {
		return units.findOptions()
			.stream()
			.map(row -> new UnitOption(new UnitId(((Number) row[0]).longValue()), (String) row[1], (String) row[2]))
			.toList();
	}

	@Override
	public List<String> professionCodes() {
		return memberships.professionCodes();
	}

	@Override
	public boolean isValidPlacement(UnitId unit, String professionCode) {
		return units.existsById(unit.value()) && professionCode != null
				&& memberships.countProfession(professionCode) > 0;
	}

	/** An establishment and its region by the establishment's code. */
	Optional<StaffImport.EstablishmentScope> establishmentScope(String code) {
		return establishments.findScopeByCode(code);
	}

	@Override
	public Optional<UnitId> findUnit(String establishmentCode, String unitName) {
		return units.findIdByEstablishmentCodeAndName(establishmentCode, unitName).map(UnitId::new);
	}

	/** A scope only counts through a role the viewer holds right now on the platform. */
	private static Set<Role> heldScopedRoles(SoclePrincipal viewer) {
		Set<Role> held = EnumSet.noneOf(Role.class);
		viewer.roles().stream().filter(SCOPED_ROLES::contains).forEach(held::add);
		return held;
	}

	private LocalDate today() {
		return LocalDate.now(clock);
	}

	private static List<Placement> toPlacements(List<PlacementRow> rows) {
		return rows.stream()
			.map(row -> new Placement(PersonId.of(row.personId()), row.unitName(), row.establishmentName(),
					row.regionName(), row.professionCode()))
			.toList();
	}

}
