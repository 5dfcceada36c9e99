package org.socle.identity.domain;

import java.util.Set;

import org.socle.identity.PersonId;
import org.socle.identity.Role;
import org.socle.identity.SoclePrincipal;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/** A person signed in with a local account and password. */
class LocalAccountUser extends User implements SoclePrincipal {

	private static final long serialVersionUID = 1L;

	private final PersonId personId;

	private final String displayName;

	private final Set<Role> roles;

	LocalAccountUser(Person person, boolean notThrottled) {
		super(person.username(), person.passwordHash(), person.enabled(), true, true, notThrottled,
				person.roles().stream().map(role -> new SimpleGrantedAuthority(role.authority())).toList());
		this.personId = person.id();
		this.displayName = person.displayName();
		this.roles = person.roles();
	}

	@Override
	public PersonId personId() {
		return personId;
	}

	@Override
	public String displayName() {
		return displayName;
	}

	@Override
	public Set<Role> roles() {
		return roles;
	}

}
