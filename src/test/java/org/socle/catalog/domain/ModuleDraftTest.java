package org.socle.catalog.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.socle.catalog.DraftRuleViolation;
import org.socle.catalog.DraftState;

class ModuleDraftTest {

	private static final long AUTHOR = 1;

	private static final long REVIEWER = 2;

	private static final Instant NOW = Instant.parse("2026-11-29T08:00:00Z");

	private final ModuleDraft draft = ModuleDraft.start("essai", AUTHOR, null,
			Map.of("module.yml", "id: essai\n", "lessons/01-un.md", "# Un\n"), Map.of(), NOW);

	@Test
	void theAuthorWritesSubmitsAndAnotherTrainerPublishesEveryStepRecorded() {
		draft.write(AUTHOR, "lessons/01-un.md", "# Un\n\nTexte.\n", NOW);
		draft.submit(AUTHOR, true, "Prêt", NOW.plusSeconds(60));
		draft.requestChanges(REVIEWER, "Ajoutez une source.", NOW.plusSeconds(120));
		draft.write(AUTHOR, "module.yml", "id: essai\nsources: []\n", NOW.plusSeconds(180));
		draft.submit(AUTHOR, true, null, NOW.plusSeconds(240));
		draft.approve(REVIEWER, "Parfait", NOW.plusSeconds(300));

		assertThat(draft.state()).isEqualTo(DraftState.PUBLISHED);
		assertThat(draft.transitions()).extracting(DraftTransition::to, DraftTransition::actorId, DraftTransition::comment)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(DraftState.DRAFT, AUTHOR, null),
					org.assertj.core.groups.Tuple.tuple(DraftState.SUBMITTED, AUTHOR, "Prêt"),
					org.assertj.core.groups.Tuple.tuple(DraftState.CHANGES_REQUESTED, REVIEWER, "Ajoutez une source."),
					org.assertj.core.groups.Tuple.tuple(DraftState.SUBMITTED, AUTHOR, null),
					org.assertj.core.groups.Tuple.tuple(DraftState.PUBLISHED, REVIEWER, "Parfait"));
	}

	@Test
	void anAuthorCannotApproveOrSendBackTheirOwnDraft() {
		draft.submit(AUTHOR, true, null, NOW);

		assertRule(() -> draft.approve(AUTHOR, null, NOW), "own-draft");
		assertRule(() -> draft.requestChanges(AUTHOR, "moi-même", NOW), "own-draft");
		assertThat(draft.state()).isEqualTo(DraftState.SUBMITTED);
	}

	@Test
	void aSubmittedOrPublishedDraftCannotBeEditedByAnyone() {
		draft.submit(AUTHOR, true, null, NOW);
		assertRule(() -> draft.write(AUTHOR, "lessons/01-un.md", "changé", NOW), "not-editable");

		draft.approve(REVIEWER, null, NOW);
		assertRule(() -> draft.write(AUTHOR, "lessons/01-un.md", "changé", NOW), "not-editable");
		assertRule(() -> draft.write(REVIEWER, "lessons/01-un.md", "changé", NOW), "not-author");
		assertThat(draft.files()).containsEntry("lessons/01-un.md", "# Un\n");
	}

	@Test
	void onlyTheAuthorWritesAndOnlyFilesOfTheFormat() {
		assertRule(() -> draft.write(REVIEWER, "lessons/01-un.md", "x", NOW), "not-author");
		assertRule(() -> draft.write(AUTHOR, "../../etc/passwd", "x", NOW), "not-a-module-file");
		assertRule(() -> draft.write(AUTHOR, "lessons/script.js", "x", NOW), "not-a-module-file");
		assertRule(() -> draft.remove(AUTHOR, "module.yml", NOW), "module-file-required");
	}

	@Test
	void aDraftWithProblemsCannotBeSubmittedAndADecisionNeedsASubmittedDraft() {
		assertRule(() -> draft.submit(AUTHOR, false, null, NOW), "has-problems");
		assertRule(() -> draft.approve(REVIEWER, null, NOW), "not-submitted");
		assertThat(draft.state()).isEqualTo(DraftState.DRAFT);
	}

	@Test
	void askingForChangesSaysWhat() {
		draft.submit(AUTHOR, true, null, NOW);

		assertRule(() -> draft.requestChanges(REVIEWER, "  ", NOW), "comment-required");
		assertRule(() -> draft.requestChanges(REVIEWER, "x".repeat(4001), NOW), "comment-too-long");
		assertThat(draft.state()).isEqualTo(DraftState.SUBMITTED);
	}

	@Test
	void othersSeeADraftOnlyOnceItIsSubmitted() {
		assertThat(draft.visibleTo(AUTHOR)).isTrue();
		assertThat(draft.visibleTo(REVIEWER)).isFalse();

		draft.submit(AUTHOR, true, null, NOW);

		assertThat(draft.visibleTo(REVIEWER)).isTrue();
	}

	@Test
	void withdrawingFreesTheModuleForAnotherDraft() {
		draft.withdraw(AUTHOR, NOW);

		assertThat(draft.state()).isEqualTo(DraftState.WITHDRAWN);
		assertRule(() -> draft.withdraw(AUTHOR, NOW), "closed");
	}

	private static void assertRule(Runnable action, String code) {
		assertThatThrownBy(action::run).isInstanceOfSatisfying(DraftRuleViolation.class,
				violation -> assertThat(violation.code()).isEqualTo(code));
	}

}
