package org.socle.identity;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/** The identity module's public face: look people up, create local accounts. */
public interface IdentityApi {

	Optional<PersonSummary> person(PersonId id);

	/** People by id in one query; unknown ids are absent from the result. */
	Map<PersonId, PersonSummary> people(Collection<PersonId> ids);

	Optional<PersonSummary> personByUsername(String username);

	/** The e-mail addresses of those of these people who have one and whose account is enabled. */
	Map<PersonId, String> emails(Collection<PersonId> people);

	/** Those among these people who hold the role, in one query. */
	java.util.Set<PersonId> withRole(Role role, Collection<PersonId> among);

	/** The person with this RPPS number or, failing that, this e-mail address (as staff files match people). */
	Optional<PersonSummary> personByRppsOrEmail(String rpps, String email);

	/**
	 * Creates the record of a staff member from an HR file: a learner who signs in through single
	 * sign-on (no local password), matched later by RPPS number or e-mail address.
	 */
	PersonId createStaffMember(String displayName, String email, String rpps);

	/**
	 * Creates a local account.
	 * @throws IllegalArgumentException when the username is already taken
	 */
	PersonId createAccount(NewAccount account);

}
