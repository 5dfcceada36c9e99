package org.socle.certification.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Whether a learner meets a programme's criteria, and on what. A pure function of the programme and
 * the learner's record: no database, no clock, so every rule is tested on its own.
 *
 * <p>The full path asks for every criterion. The recertification path, open in the last months of a
 * certificate and its grace period, is shorter: the curricula are not asked for again, but the minimum
 * scores are, and each piece of evidence must have been validated again since the window opened.
 */
public final class CriteriaEvaluation {

	private CriteriaEvaluation() {
	}

	/** Which path a person is on: everything, or the shorter renewal. */
	public enum Path {

		FULL, RENEWAL

	}

	/**
	 * What a learner has done that criteria can rest on.
	 *
	 * @param modules  by module slug, the version the learner followed, whether it is completed and the best score
	 * @param evidence by evidence item id, the latest validated submission
	 */
	public record LearnerRecord(Map<String, ModuleResult> modules, Map<String, ValidatedEvidence> evidence) {

		public LearnerRecord {
			modules = Map.copyOf(modules);
			evidence = Map.copyOf(evidence);
		}

	}

	public record ModuleResult(String slug, long versionId, boolean completed, Integer bestScore) {
	}

	public record ValidatedEvidence(String item, long submissionId, Instant validatedAt) {
	}

	public enum Kind {

		CURRICULUM, SCORE, EVIDENCE

	}

	/**
	 * One criterion and where the learner stands.
	 *
	 * @param done     modules completed (curriculum), best score (score), 1 when validated (evidence)
	 * @param required modules required (curriculum), the minimum score (score), 1 (evidence)
	 */
	public record Criterion(Kind kind, String ref, boolean met, int done, int required) {
	}

	/**
	 * The outcome: every criterion, and when all are met, what the certificate rests on.
	 *
	 * @param modules  the module versions the certificate rests on (slug → result)
	 * @param evidence the validated submissions it rests on
	 */
	public record Standing(Path path, List<Criterion> criteria, Map<String, ModuleResult> modules,
			List<Long> evidence) {

		public boolean met() {
			return criteria.stream().allMatch(Criterion::met);
		}

		public long metCount() {
			return criteria.stream().filter(Criterion::met).count();
		}

	}

	/**
	 * @param evidenceSince evidence validated before this instant does not count (null: any)
	 */
	public static Standing evaluate(Programme programme, LearnerRecord record, Path path, Instant evidenceSince) {
		List<Criterion> criteria = new ArrayList<>();
		Map<String, ModuleResult> basis = new LinkedHashMap<>();
		if (path == Path.FULL) {
			for (Programme.RequiredCurriculum curriculum : programme.curricula()) {
				int done = 0;
				for (String module : curriculum.modules()) {
					ModuleResult result = record.modules().get(module);
					if (result != null && result.completed()) {
						done++;
						basis.put(module, result);
					}
				}
				criteria.add(new Criterion(Kind.CURRICULUM, curriculum.id(), done == curriculum.modules().size(), done,
						curriculum.modules().size()));
			}
		}
		for (Programme.MinimumScore minimum : programme.minimumScores()) {
			ModuleResult result = record.modules().get(minimum.module());
			int best = result == null || result.bestScore() == null ? 0 : result.bestScore();
			boolean met = result != null && result.bestScore() != null && best >= minimum.score();
			if (met) {
				basis.put(minimum.module(), result);
			}
			criteria.add(new Criterion(Kind.SCORE, minimum.module(), met, best, minimum.score()));
		}
		List<Long> evidence = new ArrayList<>();
		for (Programme.EvidenceItem item : programme.evidence()) {
			ValidatedEvidence validated = record.evidence().get(item.id());
			boolean met = validated != null
					&& (evidenceSince == null || !validated.validatedAt().isBefore(evidenceSince));
			if (met) {
				evidence.add(validated.submissionId());
			}
			criteria.add(new Criterion(Kind.EVIDENCE, item.id(), met, met ? 1 : 0, 1));
		}
		return new Standing(path, List.copyOf(criteria), Map.copyOf(basis), List.copyOf(evidence));
	}

}
