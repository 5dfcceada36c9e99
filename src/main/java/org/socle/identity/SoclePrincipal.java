package org.socle.identity;

import java.util.Set;

/**
 * The signed-in person, whatever the way they signed in. Controllers take it with
 * {@code @AuthenticationPrincipal SoclePrincipal me}.
 */
public interface SoclePrincipal {

	PersonId personId();

	String displayName();

	Set<Role> roles();

	default boolean hasRole(Role role) {
		return roles().contains(role);
	}

}
