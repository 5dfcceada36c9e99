package org.socle.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.socle.catalog.CatalogApi;
import org.socle.catalog.content.ContentProblem;
import org.socle.catalog.domain.ModuleArchive;
import org.socle.catalog.domain.ModuleImporter.Outcome;
import org.socle.identity.IdentityApi;
import org.socle.identity.Role;
import org.socle.support.SocleIntegrationTest;
import org.socle.support.TestPrincipal;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

@SocleIntegrationTest
class ModuleArchiveIT {

	@Autowired
	ModuleArchive archive;

	@Autowired
	CatalogApi catalog;

	@Autowired
	MockMvc mvc;

	@Autowired
	IdentityApi identity;

	@Test
	void anExportedModuleImportsBackUnchanged() {
		byte[] zip = archive.export("donnees-sante-ethique").orElseThrow();

		ModuleArchive.UploadResult result = archive.upload(new ByteArrayInputStream(zip));

		assertThat(result.problems()).isEmpty();
		assertThat(result.outcome()).contains(Outcome.UNCHANGED);
	}

	@Test
	void aNewModuleIsCreatedAndAChangedOneBecomesANewVersion() throws IOException {
		String slug = "essai-zip-" + UUID.randomUUID().toString().substring(0, 8);
		Map<String, String> files = module(slug, "Première rédaction.");
		assertThat(archive.upload(new ByteArrayInputStream(zip(files))).outcome()).contains(Outcome.CREATED);

		files.put(slug + "/lessons/01-unique.md", "# Unique\n\nSeconde rédaction.\n");
		assertThat(archive.upload(new ByteArrayInputStream(zip(files))).outcome()).contains(Outcome.NEW_VERSION);
		assertThat(catalog.currentModule(slug).orElseThrow().versionNumber()).isEqualTo(2);
	}

	@Test
	void pathsThatLeaveTheModuleFolderAreRefusedAndNothingIsWrittenOutside() throws IOException {
		Path outside = Path.of(System.getProperty("java.io.tmpdir"), "socle-evil.md");
		Files.deleteIfExists(outside);
		for (String path : new String[] { "essai/../../socle-evil.md", "/tmp/socle-evil.md", "essai/lessons/../../x.md",
				"essai/.hidden/x.md", "C:\\\\socle-evil.md" }) {
			Map<String, String> files = module("essai-chemin", "Texte.");
			files.put(path, "piège");

			assertThat(refusal(zip(files))).as(path).isEqualTo("archive-bad-path");
		}
		assertThat(outside).doesNotExist();
	}

	@Test
	void zipBombsAndTooManyFilesAreRefused() throws IOException {
		Map<String, String> bomb = module("essai-bombe", "Texte.");
		bomb.put("essai-bombe/lessons/02-zeros.md", "0".repeat(3 * 1024 * 1024));
		byte[] compressed = zip(bomb);
		assertThat(compressed.length).as("highly compressed").isLessThan(100_000);
		assertThat(refusal(compressed)).isEqualTo("archive-too-large");

		Map<String, String> many = module("essai-nombre", "Texte.");
		for (int i = 0; i < 250; i++) {
			many.put("essai-nombre/lessons/page-" + i + ".md", "x");
		}
		assertThat(refusal(zip(many))).isEqualTo("archive-too-many-files");

		assertThat(refusal("pas un zip".getBytes(StandardCharsets.UTF_8))).isEqualTo("archive-unreadable");
	}

	@Test
	void anInvalidModuleInsideTheZipIsReportedWithItsLine() throws IOException {
		Map<String, String> files = module("essai-invalide", "Texte.");
		files.put("essai-invalide/module.yml", files.get("essai-invalide/module.yml").replace("axis: digital-tools",
				"axis: astrologie"));

		ModuleArchive.UploadResult result = archive.upload(new ByteArrayInputStream(zip(files)));

		assertThat(result.module()).isEmpty();
		assertThat(result.problems()).extracting(ContentProblem::code).containsExactly("invalid-axis");
		assertThat(catalog.currentModule("essai-invalide")).isEmpty();
	}

	@Test
	void trainersExportAndImportThroughThePagesLearnersCannot() throws Exception {
		var trainer = authentication(TestPrincipal.of(identity, "trainer", Role.TRAINER).authentication());
		byte[] zip = mvc.perform(get("/modules/donnees-sante-ethique/export").with(trainer))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString("attachment")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();

		mvc.perform(multipart("/authoring/import").file(new MockMultipartFile("archive", "module.zip", "application/zip", zip))
			.with(csrf())
			.with(trainer)).andExpect(status().isOk()).andExpect(content().string(containsString("aucun changement")));

		var learner = authentication(TestPrincipal.of(identity, "learner", Role.LEARNER).authentication());
		mvc.perform(get("/modules/donnees-sante-ethique/export").with(learner)).andExpect(status().isForbidden());
		mvc.perform(multipart("/authoring/import").file(new MockMultipartFile("archive", "module.zip", "application/zip", zip))
			.with(csrf())
			.with(learner)).andExpect(status().isForbidden());
	}

	private String refusal(byte[] zip) {
		ModuleArchive.UploadResult result = archive.upload(new ByteArrayInputStream(zip));
		assertThat(result.module()).isEmpty();
		return result.problems().get(0).code();
	}

	private static Map<String, String> module(String slug, String text) {
		Map<String, String> files = new LinkedHashMap<>();
		files.put(slug + "/module.yml", """
				id: %s
				title:
				  fr: "Module d'essai"
				summary:
				  fr: "Pour vérifier les archives."
				axis: digital-tools
				duration: 5
				level: introduction
				competencies: [D4]
				objectives:
				  - fr: "Vérifier les archives."
				authors:
				  - name: "Équipe Socle"
				lessons:
				  - file: 01-unique.md
				    title:
				      fr: "Unique"
				""".formatted(slug));
		files.put(slug + "/lessons/01-unique.md", "# Unique\n\n" + text + "\n");
		return files;
	}

	private static byte[] zip(Map<String, String> files) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			for (Map.Entry<String, String> file : files.entrySet()) {
				zip.putNextEntry(new ZipEntry(file.getKey()));
				zip.write(file.getValue().getBytes(StandardCharsets.UTF_8));
				zip.closeEntry();
			}
		}
		return bytes.toByteArray();
	}

}
