package org.socle.catalog.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProgrammeReaderTest {

	private static final Set<String> MODULES = Set.of("services-numeriques-socle", "donnees-sante-ethique",
			"raisonnement-clinique-algorithmes");

	@TempDir
	Path folder;

	private final ProgrammeReader reader = new ProgrammeReader();

	@Test
	void theShippedCurriculaAndCertificationsAreValid() throws IOException {
		Set<String> modules;
		try (var folders = Files.list(Path.of("content/modules"))) {
			modules = folders.map(folder -> folder.getFileName().toString()).collect(java.util.stream.Collectors.toSet());
		}
		var curriculum = reader.curriculum(Path.of("content/curricula/socle-numerique-soignants.yml"), modules);
		assertThat(curriculum.problems()).isEmpty();
		assertThat(curriculum.value().orElseThrow().modules()).hasSizeGreaterThanOrEqualTo(10);

		Set<String> curricula = Set.of("socle-numerique-soignants", "referent-numerique", "formateur-interne",
				"veille-reglementaire");
		try (var files = Files.list(Path.of("content/certifications"))) {
			var roles = files.sorted().map(file -> {
				var result = reader.certification(file, modules, curricula);
				assertThat(result.problems()).as(file.toString()).isEmpty();
				assertThat(result.value().orElseThrow().dpc()).as("DPC fields of %s", file).isNotNull();
				return result.value().orElseThrow().role();
			}).toList();
			assertThat(roles).containsExactlyInAnyOrder("referent-numerique", "formateur-interne",
					"veilleur-reglementaire");
		}
	}

	@Test
	void reportsDanglingReferencesAndInconsistentRules() throws IOException {
		Path curriculum = folder.resolve("parcours.yml");
		Files.writeString(curriculum, """
				id: parcours
				title: { fr: "Parcours" }
				modules:
				  - module: donnees-sante-ethique
				  - module: module-fantome
				  - module: donnees-sante-ethique
				""");
		assertThat(reader.curriculum(curriculum, MODULES).problems())
			.extracting(ContentProblem::code, ContentProblem::line)
			.containsExactly(tuple("unknown-module", 5), tuple("duplicate-step", 6));

		Path certification = folder.resolve("referent.yml");
		Files.writeString(certification, """
				id: referent
				role: chef
				title: { fr: "Référent" }
				criteria:
				  curricula: [parcours-inconnu]
				validity-months: 12
				recertification-window-months: 18
				dpc:
				  action-type: atelier
				  orientation: "Numérique"
				  method: "Distance"
				  duration-hours: 7
				""");
		assertThat(reader.certification(certification, MODULES, Set.of()).problems()).extracting(ContentProblem::code)
			.containsExactlyInAnyOrder("invalid-role", "unknown-curriculum", "window-too-long", "invalid-dpc-type");
	}

}
