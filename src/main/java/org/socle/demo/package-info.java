/**
 * Demonstration data for the embedded default: two agencies, their establishments and units,
 * about thirty people and one account per role. On with {@code socle.demo-data=true}.
 */
@ApplicationModule(displayName = "Demo data",
		allowedDependencies = { "shared", "identity", "organisation", "catalog", "learning", "certification" })
package org.socle.demo;

import org.springframework.modulith.ApplicationModule;
