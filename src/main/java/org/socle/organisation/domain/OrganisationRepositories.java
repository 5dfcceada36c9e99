package org.socle.organisation.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.socle.identity.Role;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface RegionRepository extends Repository<Region, Long> {

	Region save(Region region);

	@Query("select r.id from Region r where r.code = :code")
	Optional<Long> findIdByCode(String code);

	boolean existsByCode(String code);

	String REGION_SUMMARY = "select new org.socle.organisation.RegionSummary(r.id, r.code, r.name) from Region r ";

	@Query(REGION_SUMMARY + "order by r.name")
	List<org.socle.organisation.RegionSummary> findAllSummaries();

	@Query(REGION_SUMMARY + "where exists (select 1 from ScopedRole s where s.personId = :viewer and s.role = :role"
			+ " and s.regionId = r.id and s.startsOn <= :today and (s.endsOn is null or s.endsOn > :today))"
			+ " order by r.name")
	List<org.socle.organisation.RegionSummary> findSummariesWithRegionRole(Long viewer, Role role, LocalDate today);

	@Query(REGION_SUMMARY + "where exists (select 1 from ScopedRole s where s.personId = :viewer and s.role in :roles"
			+ " and (s.regionId = r.id or s.establishmentId in (select e.id from Establishment e where e.regionId = r.id))"
			+ " and s.startsOn <= :today and (s.endsOn is null or s.endsOn > :today)) order by r.name")
	List<org.socle.organisation.RegionSummary> findSummariesWithinScope(Long viewer, Collection<Role> roles,
			LocalDate today);

}

interface EstablishmentRepository extends Repository<Establishment, Long> {

	Establishment save(Establishment establishment);

	@Query("select e.id from Establishment e where e.code = :code")
	Optional<Long> findIdByCode(String code);

	String SUMMARY = "select new org.socle.organisation.EstablishmentSummary(e.id, e.code, e.name, r.code, r.name,"
			+ " r.id)"
			+ " from Establishment e join Region r on r.id = e.regionId ";

	@Query(SUMMARY + "order by r.name, e.name")
	List<org.socle.organisation.EstablishmentSummary> findAllSummaries();

	@Query(SUMMARY + "where exists (select 1 from ScopedRole s where s.personId = :viewer and s.role in :roles"
			+ " and (s.establishmentId = e.id or s.regionId = e.regionId)"
			+ " and s.startsOn <= :today and (s.endsOn is null or s.endsOn > :today)) order by r.name, e.name")
	List<org.socle.organisation.EstablishmentSummary> findSummariesWithinScope(Long viewer,
			java.util.Collection<org.socle.identity.Role> roles, LocalDate today);

	@Query("select new org.socle.organisation.domain.StaffImport$EstablishmentScope(e.id, e.regionId)"
			+ " from Establishment e where e.code = :code")
	Optional<StaffImport.EstablishmentScope> findScopeByCode(String code);

}

interface OrgUnitRepository extends Repository<OrgUnit, Long> {

	OrgUnit save(OrgUnit unit);

	boolean existsById(Long id);

	@Query("select u.id, u.name, e.name from OrgUnit u join Establishment e on e.id = u.establishmentId"
			+ " order by e.name, u.name")
	List<Object[]> findOptions();

	@Query("select u.id from OrgUnit u join Establishment e on e.id = u.establishmentId"
			+ " where e.code = :establishmentCode and u.name = :name")
	Optional<Long> findIdByEstablishmentCodeAndName(String establishmentCode, String name);

	/** Where a unit sits: its establishment and region. */
	record PlacementIds(Long establishmentId, Long regionId) {
	}

	@Query("select new org.socle.organisation.domain.OrgUnitRepository$PlacementIds(e.id, e.regionId)"
			+ " from OrgUnit u join Establishment e on e.id = u.establishmentId where u.id = :unit")
	Optional<PlacementIds> findPlacementIds(Long unit);

	@Query("select new org.socle.organisation.UnitSummary(u.id, u.establishmentId, u.name) from OrgUnit u"
			+ " where u.establishmentId in :establishments order by u.establishmentId, u.name")
	List<org.socle.organisation.UnitSummary> findSummaries(Collection<Long> establishments);

}

interface ScopedRoleRepository extends Repository<ScopedRole, Long> {

	ScopedRole save(ScopedRole role);

	@Query("select count(s) > 0 from ScopedRole s where s.personId = :person and s.role in :roles"
			+ " and (s.establishmentId = :establishment or s.regionId = :region)"
			+ " and s.startsOn <= :today and (s.endsOn is null or s.endsOn > :today)")
	boolean covers(Long person, java.util.Collection<org.socle.identity.Role> roles, Long establishment, Long region,
			LocalDate today);

	@Query("select s.personId, s.regionId, s.establishmentId from ScopedRole s where s.role = :role"
			+ " and s.startsOn <= :today and (s.endsOn is null or s.endsOn > :today) order by s.personId")
	List<Object[]> findCurrentHolders(Role role, LocalDate today);

	@Query("select s from ScopedRole s where s.personId = :person and s.source = :source"
			+ " and s.startsOn <= :today and (s.endsOn is null or s.endsOn > :today)")
	List<ScopedRole> findCurrent(Long person, Source source, LocalDate today);

}

interface MembershipRepository extends Repository<Membership, Long> {

	String CURRENT_MEMBERSHIP = " m.startsOn <= :today and (m.endsOn is null or m.endsOn > :today) ";

	/** A scoped role of the viewer that covers the establishment {@code e}. */
	String VIEWER_SCOPE_COVERS_E = " exists (select 1 from ScopedRole s where s.personId = :viewer and s.role in :roles"
			+ " and (s.establishmentId = e.id or s.regionId = e.regionId)"
			+ " and s.startsOn <= :today and (s.endsOn is null or s.endsOn > :today)) ";

	String PLACEMENT = "select new org.socle.organisation.domain.PlacementRow(m.personId, u.name, e.name, r.name, m.professionCode)"
			+ " from Membership m join OrgUnit u on u.id = m.unitId join Establishment e on e.id = u.establishmentId"
			+ " join Region r on r.id = e.regionId ";

	Membership save(Membership membership);

	@Query("select m from Membership m where m.personId = :person and m.source = :source and" + CURRENT_MEMBERSHIP)
	List<Membership> findCurrent(Long person, Source source, LocalDate today);

	@Query("select m from Membership m where m.personId = :person and m.unitId = :unit and (m.endsOn is null or m.endsOn > :day)")
	List<Membership> findOpenIn(Long person, Long unit, LocalDate day);

	@Query(value = "select code from profession order by code", nativeQuery = true)
	List<String> professionCodes();

	@Query(value = "select count(*) from profession where code = :code", nativeQuery = true)
	long countProfession(String code);

	@Query("select count(m) > 0 from Membership m join OrgUnit u on u.id = m.unitId"
			+ " join Establishment e on e.id = u.establishmentId"
			+ " where m.personId = :subject and" + CURRENT_MEMBERSHIP + "and" + VIEWER_SCOPE_COVERS_E)
	boolean viewerScopeCovers(Long viewer, Collection<Role> roles, Long subject, LocalDate today);

	@Query(PLACEMENT + "where" + CURRENT_MEMBERSHIP + "and" + VIEWER_SCOPE_COVERS_E
			+ "order by e.name, u.name, m.personId")
	List<PlacementRow> placementsWithinScope(Long viewer, Collection<Role> roles, LocalDate today, Limit limit);

	@Query(PLACEMENT + "where" + CURRENT_MEMBERSHIP + "order by e.name, u.name, m.personId")
	List<PlacementRow> allPlacements(LocalDate today, Limit limit);

	/** A trainer's groups: the units they currently work in. */
	String SAME_UNIT_AS_TRAINER = " exists (select 1 from Membership t where t.personId = :trainer and t.unitId = m.unitId"
			+ " and t.startsOn <= :today and (t.endsOn is null or t.endsOn > :today)) ";

	@Query("select count(m) > 0 from Membership m where m.personId = :subject and" + CURRENT_MEMBERSHIP + "and"
			+ SAME_UNIT_AS_TRAINER)
	boolean trainerGroupCovers(Long trainer, Long subject, LocalDate today);

	@Query(PLACEMENT + "where m.personId <> :trainer and" + CURRENT_MEMBERSHIP + "and" + SAME_UNIT_AS_TRAINER
			+ "order by e.name, u.name, m.personId")
	List<PlacementRow> placementsInTrainerGroups(Long trainer, LocalDate today, Limit limit);

	@Query("select distinct u.establishmentId, m.personId from Membership m join OrgUnit u on u.id = m.unitId"
			+ " where u.establishmentId in :establishments and" + CURRENT_MEMBERSHIP)
	List<Object[]> currentMembersOfEstablishments(Collection<Long> establishments, LocalDate today);

	/** A membership in that unit with that profession that has not ended (current, or starting later). */
	@Query("select count(m) > 0 from Membership m where m.personId = :person and m.unitId = :unit"
			+ " and m.professionCode = :profession and (m.endsOn is null or m.endsOn > :today)")
	boolean hasOpenMembership(Long person, Long unit, String profession, LocalDate today);

	String CURRENT = "select new org.socle.organisation.CurrentMembership(m.personId, m.unitId, e.id, e.regionId,"
			+ " m.professionCode, m.startsOn) from Membership m join OrgUnit u on u.id = m.unitId"
			+ " join Establishment e on e.id = u.establishmentId where" + CURRENT_MEMBERSHIP;

	@Query(CURRENT + "and m.personId = :person order by m.startsOn, m.id")
	List<org.socle.organisation.CurrentMembership> currentOf(Long person, LocalDate today);

	@Query(CURRENT + "and e.regionId = :region order by m.personId, m.startsOn, m.id")
	List<org.socle.organisation.CurrentMembership> currentInRegion(Long region, LocalDate today);

	@Query(CURRENT + "and e.id = :establishment order by m.personId, m.startsOn, m.id")
	List<org.socle.organisation.CurrentMembership> currentInEstablishment(Long establishment, LocalDate today);

	@Query("select distinct m.personId from Membership m where m.startsOn = :day or m.endsOn = :day")
	List<Long> peopleChangingOn(LocalDate day);

	@Query(PLACEMENT + "where m.personId in :people and" + CURRENT_MEMBERSHIP)
	List<PlacementRow> placementsOf(Collection<Long> people, LocalDate today);

}
