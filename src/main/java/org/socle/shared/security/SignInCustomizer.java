package org.socle.shared.security;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;

/**
 * How people sign in beyond the local form: the identity module contributes single sign-on
 * (OIDC login, logout at the provider, back-channel logout) through one of these.
 */
@FunctionalInterface
public interface SignInCustomizer {

	void customize(HttpSecurity http) throws Exception;

}
