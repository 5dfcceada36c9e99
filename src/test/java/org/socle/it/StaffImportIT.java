package org.socle.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.socle.identity.IdentityApi;
import org.socle.identity.Role;
import org.socle.organisation.OrganisationApi;
import org.socle.organisation.StaffImportReport;
import org.socle.organisation.StaffImportReport.Action;
import org.socle.organisation.domain.StaffImport;
import org.socle.support.SocleIntegrationTest;
import org.socle.support.TestPrincipal;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

@SocleIntegrationTest
class StaffImportIT {

	@Autowired
	StaffImport staffImport;

	@Autowired
	IdentityApi identity;

	@Autowired
	OrganisationApi organisation;

	@Autowired
	MockMvc mvc;

	private static final String HEADER = "nom;prenom;rpps;email;profession;etablissement;unite;date_debut\n";

	@Test
	void aDryRunChangesNothingAndImportingTwiceChangesNothingMore() {
		String run = String.valueOf(Math.abs(UUID.randomUUID().getMostSignificantBits()) % 100_000_000_000L);
		String rpps = String.format("%011d", Long.parseLong(run));
		String email = "import-" + UUID.randomUUID().toString().substring(0, 8) + "@exemple.fr";
		byte[] file = (HEADER + "Kerhervé;Anaïs;" + rpps + ";;infirmier;ch-kerlann;Urgences;01/09/2026\n"
				+ "Le Du;Yves;;" + email + ";aide-soignant;ch-kerlann;Médecine polyvalente;01/10/2026\n")
			.getBytes(StandardCharsets.UTF_8);
		var admin = TestPrincipal.of(identity, "admin", Role.ADMIN);

		StaffImportReport dryRun = staffImport.dryRun(admin, file);
		assertThat(dryRun.lines()).extracting(StaffImportReport.PlannedLine::action).containsOnly(Action.CREATE);
		assertThat(identity.personByRppsOrEmail(rpps, null)).isEmpty();

		assertThat(staffImport.importFile(admin, file, false).imported()).isTrue();
		var anais = identity.personByRppsOrEmail(rpps, null).orElseThrow();
		assertThat(anais.displayName()).isEqualTo("Anaïs Kerhervé");
		assertThat(identity.personByRppsOrEmail(null, email.toUpperCase())).isPresent();

		StaffImportReport again = staffImport.importFile(admin, file, false);
		assertThat(again.lines()).extracting(StaffImportReport.PlannedLine::action).containsOnly(Action.UNCHANGED);
	}

	@Test
	void aFileWithErrorsImportsNothingUnlessOnlyItsValidLinesAreAskedFor() {
		String email = "valide-" + UUID.randomUUID().toString().substring(0, 8) + "@exemple.fr";
		byte[] file = (HEADER + "Valide;Line;;" + email + ";infirmier;ch-kerlann;Urgences;01/09/2026\n"
				+ "Erreur;Date;;autre-" + email + ";infirmier;ch-kerlann;Urgences;32/13/2026\n")
			.getBytes(StandardCharsets.UTF_8);
		var admin = TestPrincipal.of(identity, "admin", Role.ADMIN);

		assertThat(staffImport.importFile(admin, file, false).imported()).isFalse();
		assertThat(identity.personByRppsOrEmail(null, email)).isEmpty();

		StaffImportReport partial = staffImport.importFile(admin, file, true);
		assertThat(partial.imported()).isTrue();
		assertThat(partial.created()).isEqualTo(1);
		assertThat(partial.rejected()).isEqualTo(1);
		assertThat(identity.personByRppsOrEmail(null, email)).isPresent();
		assertThat(identity.personByRppsOrEmail(null, "autre-" + email)).isEmpty();
	}

	@Test
	void aManagerImportsOnlyIntoTheirOwnEstablishment() throws Exception {
		String email = "hors-" + UUID.randomUUID().toString().substring(0, 8) + "@exemple.fr";
		byte[] file = (HEADER + "Hors;Champ;;" + email + ";infirmier;ch-val-lauragais;Cardiologie;01/09/2026\n")
			.getBytes(StandardCharsets.UTF_8);
		var manager = TestPrincipal.of(identity, "manager", Role.MANAGER);

		StaffImportReport report = staffImport.importFile(manager, file, true);
		assertThat(report.lines()).singleElement().satisfies(line -> {
			assertThat(line.action()).isEqualTo(Action.REJECTED);
			assertThat(line.problems()).extracting(StaffImportReport.LineProblem::code).containsExactly("outside-scope");
		});
		assertThat(identity.personByRppsOrEmail(null, email)).isEmpty();

		mvc.perform(multipart("/manage/staff/import").file(new MockMultipartFile("file", "rh.csv", "text/csv", file))
			.param("action", "preview").with(authentication(manager.authentication())).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("n’est pas dans votre périmètre")));
		mvc.perform(multipart("/manage/staff/import").file(new MockMultipartFile("file", "rh.csv", "text/csv", file))
			.with(authentication(TestPrincipal.of(identity, "learner", Role.LEARNER).authentication())).with(csrf()))
			.andExpect(status().isForbidden());
	}

}
