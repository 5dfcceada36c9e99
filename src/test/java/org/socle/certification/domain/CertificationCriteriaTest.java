package org.socle.certification.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.socle.catalog.ModuleDetails.Text;
import org.socle.certification.domain.CriteriaEvaluation.Criterion;
import org.socle.certification.domain.CriteriaEvaluation.Kind;
import org.socle.certification.domain.CriteriaEvaluation.LearnerRecord;
import org.socle.certification.domain.CriteriaEvaluation.ModuleResult;
import org.socle.certification.domain.CriteriaEvaluation.Path;
import org.socle.certification.domain.CriteriaEvaluation.Standing;
import org.socle.certification.domain.CriteriaEvaluation.ValidatedEvidence;

class CertificationCriteriaTest {

	static final Programme REFERENT = new Programme(7, "referent-numerique", 1, "referent-numerique",
			new Text("Référent numérique", "Digital referent"), null,
			List.of(new Programme.RequiredCurriculum("referent-numerique", new Text("Parcours", null),
					List.of("role-referent", "cyber"))),
			List.of(new Programme.MinimumScore("role-referent", 70)),
			List.of(new Programme.EvidenceItem("plan-action", new Text("Plan", null), null)), 36, 6, 3, null);

	static final Instant VALIDATED = Instant.parse("2026-03-01T10:00:00Z");

	private static LearnerRecord record(Map<String, ModuleResult> modules, Map<String, ValidatedEvidence> evidence) {
		return new LearnerRecord(modules, evidence);
	}

	private static final Map<String, ModuleResult> ALL_DONE = Map.of("role-referent",
			new ModuleResult("role-referent", 11, true, 85), "cyber", new ModuleResult("cyber", 12, true, null));

	private static final Map<String, ValidatedEvidence> PLAN = Map.of("plan-action",
			new ValidatedEvidence("plan-action", 501, VALIDATED));

	@Test
	void aLearnerWhoCompletedTheCurriculumScoredEnoughAndHadTheEvidenceValidatedMeetsTheCriteria() {
		Standing standing = CriteriaEvaluation.evaluate(REFERENT, record(ALL_DONE, PLAN), Path.FULL, null);

		assertThat(standing.met()).isTrue();
		assertThat(standing.modules()).containsOnlyKeys("role-referent", "cyber");
		assertThat(standing.modules().get("role-referent").versionId()).isEqualTo(11);
		assertThat(standing.evidence()).containsExactly(501L);
	}

	@Test
	void anUnfinishedCurriculumIsCountedModuleByModule() {
		Standing standing = CriteriaEvaluation.evaluate(REFERENT,
				record(Map.of("role-referent", new ModuleResult("role-referent", 11, true, 85)), PLAN), Path.FULL, null);

		assertThat(standing.met()).isFalse();
		assertThat(standing.criteria()).contains(new Criterion(Kind.CURRICULUM, "referent-numerique", false, 1, 2));
	}

	@Test
	void aBestScoreBelowTheMinimumDoesNotCountEvenWhenTheModuleIsCompleted() {
		Standing standing = CriteriaEvaluation.evaluate(REFERENT, record(Map.of("role-referent",
				new ModuleResult("role-referent", 11, true, 69), "cyber", new ModuleResult("cyber", 12, true, null)), PLAN),
				Path.FULL, null);

		assertThat(standing.met()).isFalse();
		assertThat(standing.criteria()).contains(new Criterion(Kind.SCORE, "role-referent", false, 69, 70));
	}

	@Test
	void evidenceNotYetValidatedLeavesTheCriteriaUnmet() {
		Standing standing = CriteriaEvaluation.evaluate(REFERENT, record(ALL_DONE, Map.of()), Path.FULL, null);

		assertThat(standing.met()).isFalse();
		assertThat(standing.metCount()).isEqualTo(2);
	}

	@Test
	void theRenewalPathSkipsTheCurriculumButAsksForEvidenceValidatedSinceTheWindowOpened() {
		Map<String, ModuleResult> scoreOnly = Map.of("role-referent", new ModuleResult("role-referent", 11, false, 90));

		assertThat(CriteriaEvaluation.evaluate(REFERENT, record(scoreOnly, PLAN), Path.RENEWAL, VALIDATED.minusSeconds(1))
			.met()).isTrue();
		Standing stale = CriteriaEvaluation.evaluate(REFERENT, record(scoreOnly, PLAN), Path.RENEWAL,
				VALIDATED.plusSeconds(1));
		assertThat(stale.met()).isFalse();
		assertThat(stale.criteria()).extracting(Criterion::kind).doesNotContain(Kind.CURRICULUM);
	}

	@Test
	void certificateNumbersAreWellFormedAndDoNotRepeat() {
		java.util.Set<String> numbers = new java.util.HashSet<>();
		for (int i = 0; i < 10_000; i++) {
			String number = CertificateNumbers.next();
			assertThat(CertificateNumbers.wellFormed(number)).as(number).isTrue();
			assertThat(number.substring(4)).doesNotContain("0", "O", "1", "I");
			numbers.add(number);
		}
		assertThat(numbers).hasSize(10_000);
		assertThat(CertificateNumbers.wellFormed("SOC-0000-AAAA-BBBB")).isFalse();
		assertThat(CertificateNumbers.wellFormed("../etc/passwd")).isFalse();
	}

	@Test
	void evidenceFilesAreTakenByTheirFirstBytesOnly() {
		assertThat(EvidenceFile.sniff("%PDF-1.7 ...".getBytes())).contains("application/pdf");
		assertThat(EvidenceFile.sniff(new byte[] { (byte) 0xff, (byte) 0xd8, (byte) 0xff, 0 })).contains("image/jpeg");
		assertThat(EvidenceFile.sniff("<html><script>".getBytes())).isEmpty();
		assertThat(EvidenceFile.sniff("MZ executable".getBytes())).isEmpty();
		assertThat(EvidenceFile.safeName("C:\\Users\\x\\..\\plan \"final\".pdf", "application/pdf"))
			.isEqualTo("plan _final_.pdf");
		assertThat(EvidenceFile.safeName("../.htaccess", "image/png")).isEqualTo("piece.png");
	}

}
