package org.socle.catalog;

import java.util.List;

import org.socle.catalog.ModuleDetails.Text;

/**
 * A certification programme as written in {@code content/certifications/}: the role it certifies, its
 * criteria (curricula to complete, minimum scores, evidence a trainer validates), its validity and
 * recertification windows, and what a DPC attestation carries (or null).
 */
public record CertificationProgrammeOutline(String id, String role, Text title, Text description,
		List<String> curricula, List<MinimumScore> minimumScores, List<Evidence> evidence, int validityMonths,
		int recertificationWindowMonths, int graceMonths, Dpc dpc) {

	public CertificationProgrammeOutline {
		curricula = List.copyOf(curricula);
		minimumScores = List.copyOf(minimumScores);
		evidence = List.copyOf(evidence);
	}

	/** The best score of a module's assessment, in percent, that the programme asks for. */
	public record MinimumScore(String module, int score) {
	}

	/** Something the learner submits and a trainer validates. */
	public record Evidence(String id, Text title, Text description) {
	}

	/**
	 * @param actionType one of {@link #ACTION_TYPES}
	 */
	public record Dpc(String actionType, String orientation, String method, int durationHours) {

		/** The types of DPC action a programme may declare. */
		public static final List<String> ACTION_TYPES = List.of("formation-continue", "evaluation-pratiques",
				"gestion-des-risques");

	}

}
