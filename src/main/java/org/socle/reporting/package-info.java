/**
 * Dashboards and exports over the other modules' published data, from maintained aggregates. Built with the dashboards of the organisations and certification issues.
 */
@ApplicationModule(displayName = "Reporting", allowedDependencies = { "shared", "identity", "organisation", "catalog", "learning", "privacy" })
package org.socle.reporting;

import org.springframework.modulith.ApplicationModule;
