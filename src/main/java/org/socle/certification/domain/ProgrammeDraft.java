package org.socle.certification.domain;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.socle.catalog.CertificationProgrammeOutline;
import org.socle.catalog.ModuleDetails.Text;

/**
 * What an administrator asks a programme to become: its wording, its criteria (curricula, minimum
 * scores, evidence items), its durations and its continuing-education (DPC) fields. The role a
 * programme certifies and its identifier do not change.
 *
 * @param curricula the ids of the curricula to complete
 * @param dpc       null when the programme is not declared as a DPC action
 */
public record ProgrammeDraft(Text title, Text description, List<String> curricula,
		List<Programme.MinimumScore> minimumScores, List<Programme.EvidenceItem> evidence, int validityMonths,
		int windowMonths, int graceMonths, Programme.Dpc dpc) {

	public static final int TITLE_MAX = 200;

	public static final int DESCRIPTION_MAX = 2000;

	private static final Pattern EVIDENCE_ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

	public ProgrammeDraft {
		curricula = List.copyOf(curricula);
		minimumScores = List.copyOf(minimumScores);
		evidence = List.copyOf(evidence);
	}

	/**
	 * What is wrong with the draft, by field name as the form names them ({@code title}, {@code curricula},
	 * {@code scoreModule2}, {@code evidenceId1}…), each with the key of its message. Empty when it can be saved.
	 *
	 * @param scoreRows    the form row of each minimum score, in order
	 * @param evidenceRows the form row of each evidence item, in order
	 * @param modules      the modules that exist, with an assessment
	 * @param known        the curricula that exist
	 */
	public Map<String, String> problems(List<Integer> scoreRows, List<Integer> evidenceRows, Set<String> modules,
			Set<String> known) {
		Map<String, String> problems = new LinkedHashMap<>();
		if (title.fr() == null || title.fr().isBlank()) {
			problems.put("titleFr", "certification.programme.error.required");
		}
		for (String curriculum : curricula) {
			if (!known.contains(curriculum)) {
				problems.put("curricula", "certification.programme.error.curriculum");
			}
		}
		Set<String> scored = new HashSet<>();
		for (int i = 0; i < minimumScores.size(); i++) {
			String module = minimumScores.get(i).module();
			if (!modules.contains(module)) {
				problems.put("scoreModule" + scoreRows.get(i), "certification.programme.error.module");
			}
			else if (!scored.add(module)) {
				problems.put("scoreModule" + scoreRows.get(i), "certification.programme.error.module-twice");
			}
		}
		Set<String> ids = new HashSet<>();
		for (int i = 0; i < evidence.size(); i++) {
			Programme.EvidenceItem item = evidence.get(i);
			int row = evidenceRows.get(i);
			if (item.id() == null || !EVIDENCE_ID.matcher(item.id()).matches() || item.id().length() > 60) {
				problems.put("evidenceId" + row, "certification.programme.error.evidence-id");
			}
			else if (!ids.add(item.id())) {
				problems.put("evidenceId" + row, "certification.programme.error.evidence-id-twice");
			}
			if (item.title().fr() == null || item.title().fr().isBlank()) {
				problems.put("evidenceTitleFr" + row, "certification.programme.error.required");
			}
		}
		if (curricula.isEmpty() && minimumScores.isEmpty() && evidence.isEmpty()) {
			problems.put("curricula", "certification.programme.error.no-criterion");
		}
		if (windowMonths > validityMonths) {
			problems.put("window", "certification.programme.error.window");
		}
		if (dpc != null && !CertificationProgrammeOutline.Dpc.ACTION_TYPES.contains(dpc.actionType())) {
			problems.put("dpcActionType", "certification.programme.error.dpc-type");
		}
		return problems;
	}

}
