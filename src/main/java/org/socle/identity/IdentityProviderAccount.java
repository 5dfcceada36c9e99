package org.socle.identity;

import java.util.Set;

/**
 * A person as an identity provider describes them at sign-in, already reduced to what Socle
 * needs (data minimisation: no other claim is kept).
 */
public record IdentityProviderAccount(String subject, String username, String displayName, String email,
		Set<Role> roles, String regionCode, String establishmentCode, String unitName, String professionCode,
		String rppsNumber) {
}
