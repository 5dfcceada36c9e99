package org.socle.organisation;

import org.socle.identity.PersonId;

/**
 * A person stopped working in a unit (left, transferred, moved by the identity provider): assignments
 * they no longer match stop counting them, their history stays.
 */
public record MembershipEnded(PersonId person, long unitId) {
}
