package org.socle.organisation.domain;

import org.socle.identity.PersonId;
import java.time.LocalDate;

import org.socle.organisation.MembershipEnded;
import org.socle.organisation.MembershipStarted;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * The one way a membership starts or ends, whoever does it (an administrator, an HR import, the identity
 * provider): it is saved and announced, so that assignments reach the newcomer and stop counting the leaver.
 */
@Component
class MembershipChanges {

	private final MembershipRepository memberships;

	private final OrgUnitRepository units;

	private final ApplicationEventPublisher events;

	MembershipChanges(MembershipRepository memberships, OrgUnitRepository units, ApplicationEventPublisher events) {
		this.memberships = memberships;
		this.units = units;
		this.events = events;
	}

	void start(Membership membership, Long person, Long unit, String professionCode) {
		memberships.save(membership);
		units.findPlacementIds(unit).ifPresent(ids -> events.publishEvent(new MembershipStarted(PersonId.of(person), unit,
				ids.establishmentId(), ids.regionId(), professionCode)));
	}

	void end(Membership membership, LocalDate day) {
		membership.endOn(day);
		memberships.save(membership);
		events.publishEvent(new MembershipEnded(PersonId.of(membership.personId()), membership.unitId()));
	}

}
