package org.socle.learning.web;

import java.util.List;

import org.socle.identity.IdentityApi;
import org.socle.identity.PersonId;
import org.socle.identity.PersonSummary;
import org.socle.identity.SoclePrincipal;
import org.socle.organisation.OrganisationApi;
import org.socle.organisation.Placement;
import org.socle.privacy.PrivacyApi;
import org.socle.privacy.RecordKind;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * The one gate to someone else's learning records: the viewer's scope is checked (the same refusal
 * whether the person exists or not), and the reading is written to the person's access log before
 * anything is shown.
 */
@Component
class RecordsAccess {

	private final OrganisationApi organisation;

	private final IdentityApi identity;

	private final PrivacyApi privacy;

	RecordsAccess(OrganisationApi organisation, IdentityApi identity, PrivacyApi privacy) {
		this.organisation = organisation;
		this.identity = identity;
		this.privacy = privacy;
	}

	/** The person whose records are opened, with their current placement (or null). */
	record Opened(PersonSummary person, Placement placement) {
	}

	Opened open(SoclePrincipal viewer, PersonId subject, RecordKind kind, String page) {
		if (!organisation.mayViewRecordsOf(viewer, subject)) {
			throw new AccessDeniedException("Person " + subject.value() + " is outside the scope of " + viewer.personId());
		}
		// Only someone entitled to everyone's records (an administrator) gets this far for an unknown id.
		PersonSummary person = identity.person(subject).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		privacy.recordAccess(viewer.personId(), subject, kind, page);
		return new Opened(person, organisation.placements(List.of(subject)).get(subject));
	}

}
