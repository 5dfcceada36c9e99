package org.socle.identity.sso;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.oauth2.jwt.Jwt;

/** An API call authenticated by a valid access token, with the roles it carries. */
class SocleTokenAuthentication extends AbstractAuthenticationToken {

	private static final long serialVersionUID = 1L;

	private final SocleTokenPrincipal principal;

	private final transient Jwt token;

	SocleTokenAuthentication(SocleTokenPrincipal principal, Jwt token) {
		super(TokenClaims.authorities(principal.roles()));
		this.principal = principal;
		this.token = token;
		setAuthenticated(true);
	}

	@Override
	public SocleTokenPrincipal getPrincipal() {
		return principal;
	}

	@Override
	public Jwt getCredentials() {
		return token;
	}

	@Override
	public String getName() {
		return token.getClaimAsString("preferred_username");
	}

}
