package org.socle.identity.sso;

import java.util.Set;

import org.socle.identity.IdentityProviderAccount;
import org.socle.identity.PersonSummary;
import org.socle.identity.Role;
import org.socle.identity.domain.SsoProvisioning;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/** Signs a person in from their ID token and userinfo: provisions or updates them, maps their roles. */
class SocleOidcUserService implements OAuth2UserService<OidcUserRequest, OidcUser> {

	private final OidcUserService standard = new OidcUserService();

	private final SsoProvisioning provisioning;

	SocleOidcUserService(SsoProvisioning provisioning) {
		this.provisioning = provisioning;
	}

	@Override
	public OidcUser loadUser(OidcUserRequest request) {
		OidcUser user = standard.loadUser(request);
		IdentityProviderAccount account = TokenClaims.account(user.getClaims());
		if (account.subject() == null || account.username() == null) {
			throw new OAuth2AuthenticationException(new OAuth2Error("invalid_user", "Missing subject or username", null));
		}
		PersonSummary person = provisioning.signedIn(account);
		Set<Role> roles = account.roles();
		return new SocleOidcUser(TokenClaims.authorities(roles), user.getIdToken(), user.getUserInfo(), person.id(),
				person.displayName(), roles);
	}

}
