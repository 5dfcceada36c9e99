package org.socle.support;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.socle.identity.IdentityApi;
import org.socle.identity.PersonId;
import org.socle.identity.PersonSummary;
import org.socle.identity.Role;
import org.socle.identity.SoclePrincipal;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** A signed-in person for MockMvc requests, with the authorities their roles give. */
public record TestPrincipal(PersonId personId, String displayName, Set<Role> roles) implements SoclePrincipal {

	/** The demo or test person with that username, holding exactly the given roles. */
	public static TestPrincipal of(IdentityApi identity, String username, Role... roles) {
		PersonSummary person = identity.personByUsername(username).orElseThrow();
		Set<Role> held = EnumSet.noneOf(Role.class);
		held.addAll(List.of(roles));
		return new TestPrincipal(person.id(), person.displayName(), held);
	}

	/** A new coordinator of that region (an account and its role there since yesterday). */
	public static TestPrincipal coordinatorOf(IdentityApi identity, org.socle.organisation.OrganisationApi organisation,
			org.socle.organisation.OrganisationIds.RegionId region, String username, String displayName) {
		PersonId person = identity.createAccount(new org.socle.identity.NewAccount(username, displayName, null,
				java.util.EnumSet.of(Role.COORDINATOR), null));
		organisation.grantRegionRole(person, Role.COORDINATOR, region, java.time.LocalDate.now().minusDays(1));
		return of(identity, username, Role.COORDINATOR);
	}

	public Authentication authentication() {
		return UsernamePasswordAuthenticationToken.authenticated(this, null,
				roles.stream().map(role -> new SimpleGrantedAuthority(role.authority())).toList());
	}

}
