package org.socle.identity;

import java.util.Set;

/**
 * Published, synchronously, each time a person signs in through the identity provider, with what
 * the provider says of them now. The organisation module brings memberships and scopes in line:
 * what appeared is started, what disappeared is ended, nothing is deleted.
 *
 * @param regionCode        region (agency) code, or null
 * @param establishmentCode establishment code, or null
 * @param unitName          unit name within the establishment, or null
 * @param professionCode    profession code of the reference list, or null
 */
public record SignedInThroughSso(PersonId person, Set<Role> roles, String regionCode, String establishmentCode,
		String unitName, String professionCode) {
}
