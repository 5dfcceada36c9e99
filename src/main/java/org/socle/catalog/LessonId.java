package org.socle.catalog;

/** Identifies a lesson of one module version. */
public record LessonId(long value) {
}
