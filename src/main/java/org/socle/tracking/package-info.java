/**
 * The xAPI Learning Record Store and the SCORM and cmi5 runtimes. Built in the tracking issue.
 */
@ApplicationModule(displayName = "Tracking", allowedDependencies = { "shared", "identity", "catalog", "learning" })
package org.socle.tracking;

import org.springframework.modulith.ApplicationModule;
