package org.socle.certification.domain;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.socle.catalog.ModuleDetails.Text;

/**
 * One version of a certification programme: what it certifies, its criteria, how long a certificate
 * lasts, when renewal opens and how long it may be late.
 *
 * @param curricula     the curricula to complete, each with the modules it required when the version was stored
 * @param windowMonths  the last months before expiry in which the shorter recertification path is open
 * @param graceMonths   the months after expiry in which it is still open
 */
public record Programme(long versionId, String slug, int versionNumber, String role, Text title, Text description,
		List<RequiredCurriculum> curricula, List<MinimumScore> minimumScores, List<EvidenceItem> evidence,
		int validityMonths, int windowMonths, int graceMonths, Dpc dpc) {

	public Programme {
		curricula = List.copyOf(curricula);
		minimumScores = List.copyOf(minimumScores);
		evidence = List.copyOf(evidence);
	}

	public record RequiredCurriculum(String id, Text title, List<String> modules) {

		public RequiredCurriculum {
			modules = List.copyOf(modules);
		}

	}

	public record MinimumScore(String module, int score) {
	}

	public record EvidenceItem(String id, Text title, Text description) {
	}

	public record Dpc(String actionType, String orientation, String method, int durationHours) {
	}

	/** Every module the criteria name, by slug. */
	public Set<String> modules() {
		Set<String> modules = new TreeSet<>();
		curricula.forEach(curriculum -> modules.addAll(curriculum.modules()));
		minimumScores.forEach(score -> modules.add(score.module()));
		return modules;
	}

	/** The title of a curriculum the criteria name (its id when unknown). */
	public Text curriculumTitle(String id) {
		return curricula.stream().filter(c -> c.id().equals(id)).map(RequiredCurriculum::title).findFirst()
			.orElse(new Text(id, id));
	}

	public Optional<EvidenceItem> evidenceItem(String id) {
		return evidence.stream().filter(item -> item.id().equals(id)).findFirst();
	}

}
