package org.socle.catalog;

import java.util.List;

/**
 * Published after each content import with the curricula of {@code content/curricula/} that are valid
 * (every module they name exists); the curricula module keeps their versions.
 */
public record CurriculaRead(List<CurriculumOutline> curricula) {
}
