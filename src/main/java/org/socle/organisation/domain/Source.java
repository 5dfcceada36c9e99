package org.socle.organisation.domain;

/** Who maintains a membership or scoped role. */
enum Source {

	/** Entered in Socle (administrators, imports, demo data). */
	LOCAL,

	/** Kept in line with the identity provider's attributes at each sign-in. */
	SSO

}
