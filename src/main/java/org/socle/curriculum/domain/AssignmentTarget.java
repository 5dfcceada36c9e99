package org.socle.curriculum.domain;

import java.util.List;
import java.util.Locale;

import org.socle.identity.PersonId;
import org.socle.organisation.CurrentMembership;

/**
 * Whom an assignment reaches: everyone of a region, of an establishment or of a unit; the people of a
 * profession or holding a role within a region (or one establishment of it); or named people. Every
 * target lives in one region, the scope coordinators see it in.
 *
 * @param id the region, establishment or unit for those kinds, otherwise {@code null}
 * @param code the profession code or the role name for those kinds, otherwise {@code null}
 * @param establishmentId the establishment the target lies in, or {@code null} for a whole region
 */
public record AssignmentTarget(Kind kind, Long id, String code, long regionId, Long establishmentId,
		List<PersonId> people) {

	public enum Kind {

		REGION, ESTABLISHMENT, UNIT, PROFESSION, ROLE, PEOPLE;

		String column() {
			return name().toLowerCase(Locale.ROOT);
		}

		static Kind ofColumn(String value) {
			return valueOf(value.toUpperCase(Locale.ROOT));
		}

	}

	public AssignmentTarget {
		people = people == null ? List.of() : List.copyOf(people);
	}

	/**
	 * Whether a person working under this membership falls within the target (named people and role
	 * holders are decided elsewhere: this says whether the membership is in the target's place).
	 */
	boolean covers(CurrentMembership membership) {
		return switch (kind) {
			case REGION -> membership.regionId() == id;
			case ESTABLISHMENT -> membership.establishmentId() == id;
			case UNIT -> membership.unitId() == id;
			case PROFESSION -> inScope(membership) && code.equals(membership.professionCode());
			case ROLE, PEOPLE -> inScope(membership);
		};
	}

	private boolean inScope(CurrentMembership membership) {
		return membership.regionId() == regionId
				&& (establishmentId == null || membership.establishmentId() == establishmentId);
	}

}
