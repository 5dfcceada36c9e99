package org.socle.identity.sso;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The identity provider of the {@code keycloak} profile, from the environment
 * ({@code SOCLE_OIDC_ISSUER}, {@code SOCLE_OIDC_CLIENT_ID}, {@code SOCLE_OIDC_CLIENT_SECRET}).
 *
 * @param issuer   the realm's issuer, e.g. {@code http://127.0.0.1:8180/realms/socle}
 * @param audience the audience an API access token must carry
 */
@ConfigurationProperties("socle.oidc")
record OidcProperties(String issuer, String clientId, String clientSecret, @DefaultValue("socle") String audience) {

	/** Keycloak's endpoints, known from the issuer without asking the server, so Socle starts while it is down. */
	String endpoint(String path) {
		return issuer + "/protocol/openid-connect/" + path;
	}

}
