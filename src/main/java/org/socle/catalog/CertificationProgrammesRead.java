package org.socle.catalog;

import java.util.List;

/**
 * Published after each content import with the certification programmes of
 * {@code content/certifications/} that are valid, and the curricula they may name; the certification
 * module keeps their versions.
 */
public record CertificationProgrammesRead(List<CertificationProgrammeOutline> programmes,
		List<CurriculumOutline> curricula) {
}
