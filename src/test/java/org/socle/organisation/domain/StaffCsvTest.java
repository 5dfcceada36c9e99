package org.socle.organisation.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.Test;

class StaffCsvTest {

	private static final Set<String> PROFESSIONS = Set.of("infirmier", "aide-soignant", "masseur-kinesitherapeute");

	private static final String HEADER = "Nom;Prénom;RPPS;E-mail;Profession;Établissement;Unité;Date début\n";

	@Test
	void readsTheFileOfAnHrToolWithOrWithoutByteOrderMark() {
		String file = HEADER + "Le Goff;Maëlle;10101010101;;Infirmier;ch-kerlann;Urgences;01/09/2026\n"
				+ "Riou;Paul;;paul.riou@exemple.fr;Masseur-kinésithérapeute;ch-kerlann;Urgences;15/01/2025\n";
		for (String text : new String[] { file, "\uFEFF" + file, file.replace("\n", "\r\n") }) {
			StaffCsv.Parsed parsed = StaffCsv.parse(text.getBytes(StandardCharsets.UTF_8), PROFESSIONS);
			assertThat(parsed.fileProblem()).isNull();
			assertThat(parsed.lines()).hasSize(2).allSatisfy(line -> assertThat(line.problems()).isEmpty());
			assertThat(parsed.lines().get(0).displayName()).isEqualTo("Maëlle Le Goff");
			assertThat(parsed.lines().get(0).startsOn()).isEqualTo(LocalDate.of(2026, 9, 1));
			assertThat(parsed.lines().get(1).profession()).isEqualTo("masseur-kinesitherapeute");
			assertThat(parsed.lines().get(1).email()).isEqualTo("paul.riou@exemple.fr");
		}
	}

	@Test
	void aFileInAnotherEncodingIsRefusedWithAClearReason() {
		byte[] latin1 = (HEADER + "Hervé;Zoé;10101010101;;infirmier;ch-kerlann;Urgences;01/09/2026\n")
			.getBytes(StandardCharsets.ISO_8859_1);
		assertThat(StaffCsv.parse(latin1, PROFESSIONS).fileProblem().code()).isEqualTo("not-utf8");
		assertThat(StaffCsv.parse("nom;prenom\nA;B\n".getBytes(StandardCharsets.UTF_8), PROFESSIONS).fileProblem())
			.satisfies(problem -> {
				assertThat(problem.code()).isEqualTo("missing-columns");
				assertThat(problem.arguments().get(0)).contains("profession", "date_debut", "rpps / email");
			});
		assertThat(StaffCsv.parse(new byte[0], PROFESSIONS).fileProblem().code()).isEqualTo("empty");
	}

	@Test
	void everyLineSaysWhatIsWrongWithIt() {
		String file = HEADER
				+ "Martin;Léa;123;;infirmière;ch-kerlann;Urgences;31/02/2026\n"
				+ "Durand;Marc;;;aide-soignant;ch-kerlann;;2026-09-01\n"
				+ "Bon;Jean;10101010101;;infirmier;ch-kerlann;Urgences;01/09/2026\n"
				+ "Bon;Jean bis;10101010101;;infirmier;ch-kerlann;Urgences;01/09/2026\n";

		var lines = StaffCsv.parse(file.getBytes(StandardCharsets.UTF_8), PROFESSIONS).lines();

		assertThat(lines.get(0).problems()).extracting(StaffCsv.Problem::code)
			.containsExactlyInAnyOrder("invalid-rpps", "unknown-profession", "invalid-date");
		assertThat(lines.get(1).problems()).extracting(StaffCsv.Problem::code)
			.containsExactlyInAnyOrder("missing-field", "needs-rpps-or-email", "invalid-date");
		assertThat(lines.get(2).problems()).isEmpty();
		assertThat(lines.get(3).problems()).extracting(StaffCsv.Problem::code).containsExactly("duplicate-person");
		assertThat(lines.get(3).problems().get(0).arguments()).containsExactly("4");
		assertThat(lines).extracting(StaffCsv.Line::number).containsExactly(2, 3, 4, 5);
	}

}
