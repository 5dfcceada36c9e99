package org.socle.shared.security;

/**
 * Names of the five platform roles, as used in route rules ({@code hasRole(...)}).
 * The identity module maps accounts and tokens onto these.
 */
public final class PlatformRoles {

	public static final String LEARNER = "LEARNER";
	public static final String TRAINER = "TRAINER";
	public static final String MANAGER = "MANAGER";
	public static final String COORDINATOR = "COORDINATOR";
	public static final String ADMIN = "ADMIN";

	private PlatformRoles() {
	}

}
