package org.socle.identity;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** What administrators do with local accounts. */
public interface AccountAdministration {

	/** An account as administrators see it. */
	record AccountView(PersonId id, String username, String displayName, String email, String rpps,
			Set<Role> roles, boolean enabled, boolean singleSignOn) {
	}

	/** Accounts ordered by name, at most {@code limit}. */
	List<AccountView> accounts(int limit);

	Optional<AccountView> account(PersonId id);

	void changeRoles(PersonId id, Set<Role> roles);

	/** Disables the account and ends all its sessions at once, on every node. */
	void disable(PersonId id);

	void enable(PersonId id);

}
