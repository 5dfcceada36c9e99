package org.socle.identity;

/** What other modules may know of a person to show them: who they are, not their records. */
public record PersonSummary(PersonId id, String username, String displayName) {
}
