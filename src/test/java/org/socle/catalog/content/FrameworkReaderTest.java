package org.socle.catalog.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.socle.catalog.Competency;

class FrameworkReaderTest {

	@TempDir
	Path folder;

	private final FrameworkReader reader = new FrameworkReader();

	@Test
	void theShippedReferentielSocleIsValid() {
		FrameworkReader.Result result = reader.read(Path.of("content/frameworks/referentiel-socle.yml"));

		assertThat(result.problems()).isEmpty();
		assertThat(result.framework().orElseThrow().competencies()).extracting(Competency::code)
			.containsExactly("D1", "D2", "D3", "D4", "D5");
	}

	@Test
	void reportsBadAndDuplicateCodesWithTheirLines() throws IOException {
		Path file = folder.resolve("cadre.yml");
		Files.writeString(file, """
				id: cadre
				title:
				  fr: "Cadre"
				source: "Texte"
				domains:
				  - code: D1
				    hours: 2
				    title:
				      fr: "Un"
				  - code: D1
				    title:
				      fr: "Encore un"
				  - code: domaine-3
				    hours: beaucoup
				    title:
				      fr: "Trois"
				""");

		FrameworkReader.Result result = reader.read(file);

		assertThat(result.framework()).isEmpty();
		assertThat(result.problems()).extracting(ContentProblem::code, ContentProblem::line)
			.containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("duplicate-competency", 10),
					org.assertj.core.groups.Tuple.tuple("invalid-hours", 14),
					org.assertj.core.groups.Tuple.tuple("invalid-competency-code", 13));
	}

}
