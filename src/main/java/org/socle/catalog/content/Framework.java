package org.socle.catalog.content;

import java.util.List;

import org.socle.catalog.Competency;

/** A competency framework as read from {@code content/frameworks/}. */
public record Framework(String id, String titleFr, String titleEn, String source, List<Competency> competencies) {
}
