package org.socle.catalog.content;

import java.util.List;

import org.socle.catalog.ModuleDetails.Text;

/**
 * A certification programme as read from {@code content/certifications/}: the role it certifies,
 * its criteria (curricula, minimum scores, evidence validated by a trainer), its validity and the
 * fields continuing professional development (DPC) records need. Issued by the certification issue.
 */
public record CertificationSource(String id, Text title, String role, Text description, List<String> curricula,
		List<MinimumScore> minimumScores, List<Evidence> evidence, int validityMonths, int recertificationWindowMonths,
		int graceMonths, Dpc dpc) {

	public record MinimumScore(String module, int score) {
	}

	public record Evidence(String id, Text title, Text description) {
	}

	/** What a DPC attestation carries. */
	public record Dpc(String actionType, String orientation, String method, int durationHours) {
	}

}
