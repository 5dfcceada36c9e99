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

	/**
	 * Creates a local account.
	 * @throws IllegalArgumentException when the username is already taken
	 */
	PersonId createAccount(NewAccount account);

}
