package org.socle.certification.web;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.socle.catalog.ModuleDetails.Text;
import org.socle.certification.domain.Programme;
import org.socle.certification.domain.ProgrammeDraft;
import org.springframework.util.MultiValueMap;

/**
 * The programme form as the administrator typed it: every field a string, so that a mistake sends the
 * form back with nothing lost. Minimum scores and evidence items are rows; blank rows are offered to add
 * some without scripts, and a blank row is ignored. Serializable: it travels in the session as a flash attribute.
 */
public record ProgrammeForm(String titleFr, String titleEn, String descriptionFr, String descriptionEn,
		List<String> curricula, List<ScoreRow> scores, List<EvidenceRow> evidence, String validity, String window,
		String grace, String dpcActionType, String dpcOrientation, String dpcMethod, String dpcHours) implements Serializable {

	static final int BLANK_SCORE_ROWS = 2;

	static final int BLANK_EVIDENCE_ROWS = 1;

	private static final int ROWS_MAX = 40;

	public record ScoreRow(int row, String module, String score) implements Serializable {

		boolean blank() {
			return module.isEmpty() && score.isEmpty();
		}

	}

	/**
	 * @param existing whether the item is already in the programme (its id is then fixed: submissions name it)
	 * @param remove   whether the administrator asked to remove it
	 */
	public record EvidenceRow(int row, boolean existing, String id, String titleFr, String titleEn, String descriptionFr,
			String descriptionEn, boolean remove) implements Serializable {

		boolean blank() {
			return !existing && id.isEmpty() && titleFr.isEmpty() && titleEn.isEmpty() && descriptionFr.isEmpty()
					&& descriptionEn.isEmpty();
		}

	}

	/** The form filled with the current version, and blank rows to add to. */
	static ProgrammeForm of(Programme programme) {
		List<ScoreRow> scores = new ArrayList<>();
		programme.minimumScores()
			.forEach(score -> scores.add(new ScoreRow(scores.size(), score.module(), String.valueOf(score.score()))));
		for (int i = 0; i < BLANK_SCORE_ROWS; i++) {
			scores.add(new ScoreRow(scores.size(), "", ""));
		}
		List<EvidenceRow> evidence = new ArrayList<>();
		programme.evidence()
			.forEach(item -> evidence.add(new EvidenceRow(evidence.size(), true, item.id(), item.title().fr(),
					orEmpty(item.title().en()), item.description() == null ? "" : orEmpty(item.description().fr()),
					item.description() == null ? "" : orEmpty(item.description().en()), false)));
		for (int i = 0; i < BLANK_EVIDENCE_ROWS; i++) {
			evidence.add(new EvidenceRow(evidence.size(), false, "", "", "", "", "", false));
		}
		Text description = programme.description();
		Programme.Dpc dpc = programme.dpc();
		return new ProgrammeForm(programme.title().fr(), orEmpty(programme.title().en()),
				description == null ? "" : orEmpty(description.fr()), description == null ? "" : orEmpty(description.en()),
				programme.curricula().stream().map(Programme.RequiredCurriculum::id).toList(), scores, evidence,
				String.valueOf(programme.validityMonths()), String.valueOf(programme.windowMonths()),
				String.valueOf(programme.graceMonths()), dpc == null ? "" : dpc.actionType(),
				dpc == null ? "" : orEmpty(dpc.orientation()), dpc == null ? "" : orEmpty(dpc.method()),
				dpc == null ? "" : String.valueOf(dpc.durationHours()));
	}

	/** The form as posted. */
	static ProgrammeForm read(MultiValueMap<String, String> posted) {
		List<ScoreRow> scores = new ArrayList<>();
		for (int i = 0; i < rows(posted, "scoreRows"); i++) {
			scores.add(new ScoreRow(i, field(posted, "scoreModule" + i), field(posted, "score" + i)));
		}
		List<EvidenceRow> evidence = new ArrayList<>();
		for (int i = 0; i < rows(posted, "evidenceRows"); i++) {
			evidence.add(new EvidenceRow(i, "1".equals(field(posted, "evidenceExisting" + i)), field(posted, "evidenceId" + i),
					field(posted, "evidenceTitleFr" + i), field(posted, "evidenceTitleEn" + i),
					field(posted, "evidenceDescriptionFr" + i), field(posted, "evidenceDescriptionEn" + i),
					posted.containsKey("evidenceRemove" + i)));
		}
		List<String> curricula = posted.getOrDefault("curricula", List.of()).stream().map(String::strip).distinct().toList();
		return new ProgrammeForm(field(posted, "titleFr"), field(posted, "titleEn"), field(posted, "descriptionFr"),
				field(posted, "descriptionEn"), curricula, scores, evidence, field(posted, "validity"),
				field(posted, "window"), field(posted, "grace"), field(posted, "dpcActionType"),
				field(posted, "dpcOrientation"), field(posted, "dpcMethod"), field(posted, "dpcHours"));
	}

	/** The draft the form describes, or the problems of what could not even be read (numbers, lengths). */
	record Parsed(ProgrammeDraft draft, List<Integer> scoreRows, List<Integer> evidenceRows, Map<String, String> problems) {
	}

	Parsed parse() {
		Map<String, String> problems = new LinkedHashMap<>();
		length(problems, "titleFr", titleFr, ProgrammeDraft.TITLE_MAX);
		length(problems, "titleEn", titleEn, ProgrammeDraft.TITLE_MAX);
		length(problems, "descriptionFr", descriptionFr, ProgrammeDraft.DESCRIPTION_MAX);
		length(problems, "descriptionEn", descriptionEn, ProgrammeDraft.DESCRIPTION_MAX);
		int validityMonths = number(problems, "validity", validity, 1, 240);
		int windowMonths = number(problems, "window", window, 0, 120);
		int graceMonths = number(problems, "grace", grace, 0, 24);
		List<Programme.MinimumScore> minimumScores = new ArrayList<>();
		List<Integer> scoreRows = new ArrayList<>();
		for (ScoreRow row : scores) {
			if (row.blank()) {
				continue;
			}
			if (row.module().isEmpty()) {
				problems.put("scoreModule" + row.row(), "certification.programme.error.module");
			}
			minimumScores.add(new Programme.MinimumScore(row.module(), number(problems, "score" + row.row(), row.score(), 0, 100)));
			scoreRows.add(row.row());
		}
		List<Programme.EvidenceItem> items = new ArrayList<>();
		List<Integer> evidenceRows = new ArrayList<>();
		for (EvidenceRow row : evidence) {
			if (row.blank() || row.remove()) {
				continue;
			}
			length(problems, "evidenceTitleFr" + row.row(), row.titleFr(), ProgrammeDraft.TITLE_MAX);
			length(problems, "evidenceTitleEn" + row.row(), row.titleEn(), ProgrammeDraft.TITLE_MAX);
			length(problems, "evidenceDescriptionFr" + row.row(), row.descriptionFr(), ProgrammeDraft.DESCRIPTION_MAX);
			length(problems, "evidenceDescriptionEn" + row.row(), row.descriptionEn(), ProgrammeDraft.DESCRIPTION_MAX);
			Text description = row.descriptionFr().isEmpty() && row.descriptionEn().isEmpty() ? null
					: new Text(row.descriptionFr(), nullIfEmpty(row.descriptionEn()));
			items.add(new Programme.EvidenceItem(row.id(), new Text(row.titleFr(), nullIfEmpty(row.titleEn())), description));
			evidenceRows.add(row.row());
		}
		Programme.Dpc dpc = null;
		if (!dpcActionType.isEmpty()) {
			dpc = new Programme.Dpc(dpcActionType, nullIfEmpty(dpcOrientation), nullIfEmpty(dpcMethod),
					number(problems, "dpcHours", dpcHours, 1, 1000));
			length(problems, "dpcOrientation", dpcOrientation, ProgrammeDraft.TITLE_MAX);
			length(problems, "dpcMethod", dpcMethod, ProgrammeDraft.TITLE_MAX);
		}
		Text description = descriptionFr.isEmpty() && descriptionEn.isEmpty() ? null
				: new Text(descriptionFr, nullIfEmpty(descriptionEn));
		return new Parsed(new ProgrammeDraft(new Text(titleFr, nullIfEmpty(titleEn)), description, curricula,
				minimumScores, items, validityMonths, windowMonths, graceMonths, dpc), scoreRows, evidenceRows, problems);
	}

	/** Whether a curriculum is ticked (for the template). */
	public boolean requires(String curriculum) {
		return curricula.contains(curriculum);
	}

	private static int rows(MultiValueMap<String, String> posted, String name) {
		try {
			return Math.max(0, Math.min(ROWS_MAX, Integer.parseInt(field(posted, name))));
		}
		catch (NumberFormatException ex) {
			return 0;
		}
	}

	private static String field(MultiValueMap<String, String> posted, String name) {
		String value = posted.getFirst(name);
		return value == null ? "" : value.strip();
	}

	private static int number(Map<String, String> problems, String field, String typed, int min, int max) {
		try {
			int value = Integer.parseInt(typed);
			if (value >= min && value <= max) {
				return value;
			}
		}
		catch (NumberFormatException ex) {
			// reported below
		}
		problems.put(field, "certification.programme.error.range");
		return 0;
	}

	private static void length(Map<String, String> problems, String field, String typed, int max) {
		if (typed.length() > max) {
			problems.put(field, "certification.programme.error.too-long");
		}
	}

	private static String orEmpty(String text) {
		return text == null ? "" : text;
	}

	private static String nullIfEmpty(String text) {
		return text.isEmpty() ? null : text;
	}

}
