/**
 * The person's side of their data: the access log ("who viewed my data"), and later the consent
 * ledger, export, erasure and retention.
 */
@ApplicationModule(displayName = "Privacy", allowedDependencies = { "shared", "identity" })
package org.socle.privacy;

import org.springframework.modulith.ApplicationModule;
