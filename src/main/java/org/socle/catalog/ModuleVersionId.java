package org.socle.catalog;

/** Identifies one immutable version of a module; what enrolments and completions pin. */
public record ModuleVersionId(long value) {
}
