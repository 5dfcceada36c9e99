package org.socle.shared.security;

import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * A module's declaration of who may reach its routes. Each module contributes one bean next to
 * its controllers; the security configuration applies them all and denies every other route.
 */
@FunctionalInterface
public interface RouteAuthorizations {

	void authorize(AuthorizeHttpRequestsConfigurer<?>.AuthorizationManagerRequestMatcherRegistry routes);

}
