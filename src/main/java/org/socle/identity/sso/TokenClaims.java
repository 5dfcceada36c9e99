package org.socle.identity.sso;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.socle.identity.IdentityProviderAccount;
import org.socle.identity.Role;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * Reads what Socle needs from the claims of an ID token, userinfo or access token: roles (the
 * {@code roles} claim the realm's mapper adds) and organisation attributes. Unknown roles are
 * ignored rather than trusted.
 */
final class TokenClaims {

	private TokenClaims() {
	}

	static Set<Role> roles(Map<String, Object> claims) {
		Set<Role> roles = EnumSet.noneOf(Role.class);
		if (claims.get("roles") instanceof Collection<?> names) {
			for (Object name : names) {
				for (Role role : Role.values()) {
					if (role.name().equals(String.valueOf(name))) {
						roles.add(role);
					}
				}
			}
		}
		return roles;
	}

	static List<GrantedAuthority> authorities(Set<Role> roles) {
		return roles.stream().map(role -> (GrantedAuthority) new SimpleGrantedAuthority(role.authority())).toList();
	}

	static IdentityProviderAccount account(Map<String, Object> claims) {
		String username = text(claims, "preferred_username");
		String given = text(claims, "given_name");
		String family = text(claims, "family_name");
		String name = text(claims, "name");
		String displayName = name != null ? name
				: java.util.stream.Stream.of(given, family).filter(part -> part != null).collect(Collectors.joining(" "));
		return new IdentityProviderAccount(text(claims, "sub"), username,
				displayName.isBlank() ? username : displayName, text(claims, "email"), roles(claims),
				text(claims, "region"), text(claims, "establishment"), text(claims, "unit"),
				text(claims, "profession"), text(claims, "rpps"));
	}

	private static String text(Map<String, Object> claims, String name) {
		Object value = claims.get(name);
		if (value instanceof Collection<?> values) {
			value = values.isEmpty() ? null : values.iterator().next();
		}
		return value == null || String.valueOf(value).isBlank() ? null : String.valueOf(value).strip();
	}

}
