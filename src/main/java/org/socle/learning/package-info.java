/**
 * What a learner does: enrolments pinned to a module version, lessons read, progress and
 * completion computed at once; the learner's dashboard; the view of a learner's records by those
 * entitled to it.
 */
@ApplicationModule(displayName = "Learning",
		allowedDependencies = { "shared", "identity", "catalog", "organisation", "privacy" })
package org.socle.learning;

import org.springframework.modulith.ApplicationModule;
