package org.socle.identity;

import org.socle.shared.security.PlatformRoles;

/** The platform roles. What each may do in which scope is decided by the organisation module. */
public enum Role {

	LEARNER(PlatformRoles.LEARNER),
	TRAINER(PlatformRoles.TRAINER),
	MANAGER(PlatformRoles.MANAGER),
	COORDINATOR(PlatformRoles.COORDINATOR),
	ADMIN(PlatformRoles.ADMIN);

	private final String roleName;

	Role(String roleName) {
		this.roleName = roleName;
	}

	/** The Spring Security authority, e.g. {@code ROLE_MANAGER}. */
	public String authority() {
		return "ROLE_" + roleName;
	}

}
