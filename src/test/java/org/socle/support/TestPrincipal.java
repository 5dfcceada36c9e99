package org.socle.support;

import java.util.Set;

import org.socle.identity.PersonId;
import org.socle.identity.Role;
import org.socle.identity.SoclePrincipal;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** A signed-in person for MockMvc requests, with the authorities their roles give. */
public record TestPrincipal(PersonId personId, String displayName, Set<Role> roles) implements SoclePrincipal {

	public Authentication authentication() {
		return UsernamePasswordAuthenticationToken.authenticated(this, null,
				roles.stream().map(role -> new SimpleGrantedAuthority(role.authority())).toList());
	}

}
