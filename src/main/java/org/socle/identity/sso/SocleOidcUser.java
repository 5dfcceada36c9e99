package org.socle.identity.sso;

import java.util.Collection;
import java.util.Set;

import org.socle.identity.PersonId;
import org.socle.identity.Role;
import org.socle.identity.SoclePrincipal;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;

/** A person signed in through the identity provider. */
class SocleOidcUser extends DefaultOidcUser implements SoclePrincipal {

	private static final long serialVersionUID = 1L;

	private final PersonId personId;

	private final String displayName;

	private final Set<Role> roles;

	SocleOidcUser(Collection<? extends GrantedAuthority> authorities, OidcIdToken idToken, OidcUserInfo userInfo,
			PersonId personId, String displayName, Set<Role> roles) {
		super(authorities, idToken, userInfo, "preferred_username");
		this.personId = personId;
		this.displayName = displayName;
		this.roles = Set.copyOf(roles);
	}

	@Override
	public PersonId personId() {
		return personId;
	}

	@Override
	public String displayName() {
		return displayName;
	}

	@Override
	public Set<Role> roles() {
		return roles;
	}

}
