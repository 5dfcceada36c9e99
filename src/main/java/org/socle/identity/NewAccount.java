package org.socle.identity;

import java.util.Set;

/**
 * A local account to create.
 *
 * @param password the password in clear, or {@code null} for a person who signs in only through
 *                 single sign-on
 */
public record NewAccount(String username, String displayName, String email, Set<Role> roles, String password) {
}
