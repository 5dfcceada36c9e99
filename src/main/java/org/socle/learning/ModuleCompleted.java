package org.socle.learning;

import java.time.Instant;

import org.socle.catalog.ModuleVersionId;
import org.socle.identity.PersonId;

/**
 * Published once, at the moment a learner meets a module's completion rule, with the version
 * they completed. Curricula and certification listen to it.
 */
public record ModuleCompleted(PersonId learner, String moduleSlug, ModuleVersionId version, Instant completedAt) {
}
