package org.socle.organisation;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.socle.identity.PersonId;
import org.socle.identity.Role;
import org.socle.identity.SoclePrincipal;
import org.socle.organisation.OrganisationIds.EstablishmentId;
import org.socle.organisation.OrganisationIds.RegionId;
import org.socle.organisation.OrganisationIds.UnitId;

/** The organisation module's public face. */
public interface OrganisationApi {

	/**
	 * Whether {@code viewer} may read the learning records of {@code subject}: an administrator
	 * anywhere, a coordinator within their region, a manager within their establishment, a trainer
	 * within their groups (the units they currently work in); nobody through a role they do not
	 * currently hold.
	 */
	boolean mayViewRecordsOf(SoclePrincipal viewer, PersonId subject);

	/** The people currently working within the viewer's scopes, with their placement. */
	List<Placement> staffVisibleTo(SoclePrincipal viewer);

	/**
	 * The establishments within the viewer's scopes: all for an administrator, those of their region
	 * for a coordinator, their own for a manager, none otherwise.
	 */
	List<EstablishmentSummary> establishmentsVisibleTo(SoclePrincipal viewer);

	/**
	 * The regions the viewer acts for: all for an administrator, those a coordinator currently
	 * coordinates; none otherwise (a manager acts for an establishment, not for its region).
	 */
	List<RegionSummary> regionsSteeredBy(SoclePrincipal viewer);

	/**
	 * The regions within the viewer's scopes: those they steer, and the regions of the establishments
	 * a manager manages; none for someone without a scoped role.
	 */
	List<RegionSummary> regionsVisibleTo(SoclePrincipal viewer);

	/** The people currently working in each of these establishments, in one query (absent: nobody). */
	Map<Long, Set<PersonId>> peopleOfEstablishments(Collection<Long> establishmentIds);


	/** The units of these establishments, by establishment then name. */
	List<UnitSummary> unitsOf(Collection<Long> establishmentIds);

	/** The memberships in force today of one person. */
	List<CurrentMembership> currentMembershipsOf(PersonId person);

	/** The memberships in force today within a region, or within one establishment when it is given. */
	List<CurrentMembership> currentMemberships(long regionId, Long establishmentId);

	/** Someone holding a role within a region or an establishment. */
	record ScopedHolder(PersonId person, Long regionId, Long establishmentId) {
	}

	/** Everyone currently holding this role within a scope (managers of establishments, coordinators of regions). */
	List<ScopedHolder> currentHolders(Role role);

	/** The people whose membership starts or ends on that day (it starts or stops counting that day). */
	List<PersonId> peopleWhoseMembershipsChangeOn(LocalDate day);

	/** The people of a trainer's groups (the units the trainer currently works in), themselves excepted. */
	List<Placement> learnersOfTrainer(SoclePrincipal trainer);

	/** Current placements of the given people, in one query. */
	Map<PersonId, Placement> placements(Collection<PersonId> people);

	RegionId createRegion(String code, String name);

	EstablishmentId createEstablishment(RegionId region, String code, String name);

	UnitId createUnit(EstablishmentId establishment, String name);

	/** Places a person in a unit with a profession (a code of the reference list) from a date. */
	void addMembership(PersonId person, UnitId unit, String professionCode, LocalDate startsOn);

	/** Ends a person's memberships in a unit on that day (a leaver, or the first half of a transfer); history stays. */
	void endMemberships(PersonId person, UnitId unit, LocalDate day);

	/** Gives a person a role within a region (coordinators). */
	void grantRegionRole(PersonId person, Role role, RegionId region, LocalDate startsOn);

	/** Gives a person a role within an establishment (managers). */
	void grantEstablishmentRole(PersonId person, Role role, EstablishmentId establishment, LocalDate startsOn);

	boolean regionExists(String code);

	/** A unit to choose in a form. */
	record UnitOption(UnitId id, String unitName, String establishmentName) {
	}

	/** Every unit, ordered by establishment then name. */
	List<UnitOption> units();

	/** The codes of the reference list of professions. */
	List<String> professionCodes();

	/** Whether this unit exists and the profession is in the reference list. */
	boolean isValidPlacement(UnitId unit, String professionCode);

	/** A unit by its establishment's code and its name, as HR files and content name them. */
	Optional<UnitId> findUnit(String establishmentCode, String unitName);

}
