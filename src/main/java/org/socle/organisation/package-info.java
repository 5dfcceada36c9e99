/**
 * Regions (agencies) → establishments → units; professions; where people work and in which
 * scope they hold a role. Decides who may see whose records.
 */
@ApplicationModule(displayName = "Organisation", allowedDependencies = { "shared", "identity" })
package org.socle.organisation;

import org.springframework.modulith.ApplicationModule;
