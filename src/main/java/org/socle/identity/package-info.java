/**
 * People's accounts and how they sign in: local accounts (the embedded default) and, later,
 * single sign-on; the platform roles; who the current user is.
 */
@ApplicationModule(displayName = "Identity", allowedDependencies = "shared")
package org.socle.identity;

import org.springframework.modulith.ApplicationModule;
