package org.socle.identity.sso;

import java.util.Set;

import org.socle.identity.PersonId;
import org.socle.identity.Role;
import org.socle.identity.SoclePrincipal;

/** The person an API access token speaks for. */
record SocleTokenPrincipal(PersonId personId, String displayName, Set<Role> roles) implements SoclePrincipal {
}
