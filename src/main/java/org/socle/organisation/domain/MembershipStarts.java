package org.socle.organisation.domain;

import org.socle.identity.PersonId;
import org.socle.organisation.MembershipStarted;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * The one way a membership starts, whoever starts it (an administrator, an HR import, the identity
 * provider): it is saved and announced, so that assignments reach the newcomer.
 */
@Component
class MembershipStarts {

	private final MembershipRepository memberships;

	private final OrgUnitRepository units;

	private final ApplicationEventPublisher events;

	MembershipStarts(MembershipRepository memberships, OrgUnitRepository units, ApplicationEventPublisher events) {
		this.memberships = memberships;
		this.units = units;
		this.events = events;
	}

	void start(Membership membership, Long person, Long unit, String professionCode) {
		memberships.save(membership);
		units.findPlacementIds(unit).ifPresent(ids -> events.publishEvent(new MembershipStarted(PersonId.of(person), unit,
				ids.establishmentId(), ids.regionId(), professionCode)));
	}

}
