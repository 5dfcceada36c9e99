package org.socle.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.socle.catalog.CatalogApi;
import org.socle.catalog.ModuleOutline;
import org.socle.catalog.content.ModuleFolderReader;
import org.socle.catalog.domain.ContentImport;
import org.socle.catalog.domain.ModuleImporter;
import org.socle.catalog.domain.ModuleImporter.Outcome;
import org.socle.identity.IdentityApi;
import org.socle.identity.NewAccount;
import org.socle.identity.PersonId;
import org.socle.identity.Role;
import org.socle.learning.LearningApi;
import org.socle.support.SocleIntegrationTest;
import org.socle.support.TestPrincipal;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@SocleIntegrationTest
class ContentImportIT {

	@Autowired
	ContentImport contentImport;

	@Autowired
	ModuleImporter importer;

	@Autowired
	CatalogApi catalog;

	@Autowired
	LearningApi learning;

	@Autowired
	IdentityApi identity;

	@Autowired
	MockMvc mvc;

	/** Plays the part of the content/ folder. */
	@TempDir
	Path content;

	@Test
	void theShippedContentImportsWithoutProblemAndASecondImportChangesNothing() {
		ContentImport.Report again = contentImport.importAll();

		assertThat(again.problems()).isEmpty();
		assertThat(again.curricula()).isEqualTo(4);
		assertThat(again.certifications()).isEqualTo(3);
		assertThat(again.modulesImported()).isZero();
		assertThat(again.modulesUnchanged()).isGreaterThanOrEqualTo(3);
		assertThat(catalog.currentModules()).extracting(module -> module.axis().code())
			.contains("digital-tools", "data-ethics", "algorithmic-reasoning");
	}

	@Test
	void aChangedModuleBecomesANewVersionAndEnrolledLearnersKeepTheirs() throws Exception {
		String slug = "essai-" + UUID.randomUUID().toString().substring(0, 8);
		Path folder = writeModule(slug, "Texte de la première version.");
		ModuleFolderReader reader = new ModuleFolderReader(java.util.Set.of("D4"));

		assertThat(importer.importModule(reader.read(folder).module().orElseThrow())).isEqualTo(Outcome.CREATED);
		assertThat(importer.importModule(reader.read(folder).module().orElseThrow())).isEqualTo(Outcome.UNCHANGED);
		ModuleOutline first = catalog.currentModule(slug).orElseThrow();
		PersonId learner = identity.createAccount(new NewAccount("it-" + UUID.randomUUID(), "Apprenant essai", null,
				EnumSet.of(Role.LEARNER), null));
		learning.enrol(learner, slug);

		Files.writeString(folder.resolve("lessons/01-unique.md"), "# Unique\n\nTexte de la seconde version.\n");
		assertThat(importer.importModule(reader.read(folder).module().orElseThrow())).isEqualTo(Outcome.NEW_VERSION);

		ModuleOutline second = catalog.currentModule(slug).orElseThrow();
		assertThat(second.versionNumber()).isEqualTo(first.versionNumber() + 1);
		ModuleOutline pinned = learning.progressIn(learner, slug).orElseThrow().module();
		assertThat(pinned.versionId()).isEqualTo(first.versionId());
		assertThat(catalog.lesson(pinned.versionId(), "01-unique", Locale.FRENCH).orElseThrow().safeHtml())
			.contains("première version");
		assertThat(catalog.lesson(second.versionId(), "01-unique", Locale.FRENCH).orElseThrow().safeHtml())
			.contains("seconde version");

		assertThat(catalog.history(slug)).extracting(entry -> entry.versionNumber(), entry -> entry.current())
			.containsExactly(org.assertj.core.groups.Tuple.tuple(2, true), org.assertj.core.groups.Tuple.tuple(1, false));
		assertThat(catalog.compare(slug, 1, 2).orElseThrow()).satisfies(comparison -> {
			assertThat(comparison.descriptionChanged()).isFalse();
			assertThat(comparison.lessons()).extracting(change -> change.slug(), change -> change.change())
				.containsExactly(org.assertj.core.groups.Tuple.tuple("01-unique", org.socle.catalog.VersionHistory.Change.CHANGED));
		});
		mvc.perform(get("/modules/{slug}/versions", slug).param("from", "1").param("to", "2")
			.with(authentication(TestPrincipal.of(identity, "trainer", Role.TRAINER).authentication())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("modifiée")));
	}

	@Test
	void aBrokenModuleIsReportedAndTheOthersAreStillImported() throws IOException {
		String good = "essai-" + UUID.randomUUID().toString().substring(0, 8);
		Files.createDirectories(content.resolve("frameworks"));
		Files.copy(Path.of("content/frameworks/referentiel-socle.yml"), content.resolve("frameworks/referentiel-socle.yml"));
		writeModule(good, "Texte.");
		Path broken = writeModule("essai-casse", "Texte.").resolve("module.yml");
		Files.writeString(broken, Files.readString(broken).replace("axis: digital-tools", "axis: [digital"));

		ContentImport.Report report = contentImport.importFrom(content);

		assertThat(report.modulesImported()).isEqualTo(1);
		assertThat(report.problems()).singleElement().satisfies(problem -> {
			assertThat(problem.file()).isEqualTo(broken);
			assertThat(problem.code()).isEqualTo("yaml-syntax");
			assertThat(problem.line()).isPositive();
		});
		assertThat(catalog.currentModule(good)).isPresent();
		assertThat(catalog.currentModule("essai-casse")).isEmpty();
	}

	@Test
	void theReferentielSocleHasItsFiveDomainsAndModulePagesShowWhatTheyTeach() throws Exception {
		assertThat(catalog.competencies()).containsKeys("D1", "D2", "D3", "D4", "D5");
		assertThat(catalog.competencies().values().stream().mapToInt(org.socle.catalog.Competency::hours).sum())
			.as("28 hours in all (arrêté du 10 novembre 2022)").isEqualTo(28);

		ModuleOutline reasoning = catalog.currentModule("raisonnement-clinique-algorithmes").orElseThrow();
		assertThat(catalog.assessment(reasoning.versionId())).hasValueSatisfying(assessment -> {
			assertThat(assessment.questions()).hasSizeGreaterThanOrEqualTo(10);
			assertThat(assessment.passMark()).isEqualTo(70);
		});

		mvc.perform(get("/modules/raisonnement-clinique-algorithmes")
			.with(authentication(TestPrincipal.of(identity, "learner", Role.LEARNER).authentication())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Objectifs d’apprentissage")))
			.andExpect(content().string(containsString("D4 — Les outils numériques en santé")))
			.andExpect(content().string(containsString("Lire les 3 leçons")))
			.andExpect(content().string(containsString("href=\"/modules/donnees-sante-ethique\"")));
	}

	@Test
	void learnersFindModulesThroughSearchAndFilters() throws Exception {
		var learner = authentication(TestPrincipal.of(identity, "learner", Role.LEARNER).authentication());
		assertThat(catalog.search(new org.socle.catalog.CatalogQuery("mot absent xylophone", null, null, null, null, null)))
			.isEmpty();
		assertThat(catalog.search(new org.socle.catalog.CatalogQuery("donnée santé", null, null, null, null, null)))
			.extracting(entry -> entry.module().slug()).contains("donnees-sante-ethique");
		assertThat(catalog.search(new org.socle.catalog.CatalogQuery(null, null, "D3", null, null, null)))
			.extracting(entry -> entry.module().slug())
			.contains("services-numeriques-socle", "communication-professionnelle-numerique")
			.doesNotContain("cybersecurite-hygiene-soins", "donnees-sante-ethique");

		mvc.perform(get("/catalog").param("axis", "algorithmic-reasoning").param("maxDuration", "30").with(learner))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Raisonner avec un algorithme")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("Les services numériques socles"))));
		mvc.perform(get("/catalog").param("axis", "data-ethics").param("maxDuration", "20").with(learner))
			.andExpect(content().string(containsString("Aucun module ne correspond")));
	}

	@Test
	void lessonsAreServedInEnglishWhereTheyAreWritten() {
		ModuleOutline module = catalog.currentModule("donnees-sante-ethique").orElseThrow();
		String slug = module.lessons().get(0).slug();

		assertThat(catalog.lesson(module.versionId(), slug, Locale.ENGLISH).orElseThrow().safeHtml())
			.contains("special categories");
		assertThat(catalog.lesson(module.versionId(), slug, Locale.FRENCH).orElseThrow().safeHtml())
			.contains("catégories particulières");
		assertThat(catalog.search(new org.socle.catalog.CatalogQuery(null, null, null, null, null, "en")))
			.extracting(entry -> entry.module().slug())
			.contains("services-numeriques-socle", "donnees-sante-ethique", "raisonnement-clinique-algorithmes");
	}

	@Test
	void administratorsSeeTheLastImportAndItsProblems() throws Exception {
		mvc.perform(get("/admin/content").with(authentication(TestPrincipal.of(identity, "admin", Role.ADMIN)
			.authentication()))).andExpect(status().isOk()).andExpect(content().string(containsString("Contenus")));
		mvc.perform(get("/admin/content").with(authentication(TestPrincipal.of(identity, "trainer", Role.TRAINER)
			.authentication()))).andExpect(status().isForbidden());
	}

	@Test
	void learnersAnswerTheQuestionsEmbeddedInALessonAndReadTheFeedback() throws Exception {
		String slug = "essai-" + UUID.randomUUID().toString().substring(0, 8);
		Path folder = writeModule(slug, """
				Une adresse postale, seule, ne révèle rien de la santé.

				```question
				id: adresse
				type: single-choice
				prompt: "Une adresse postale seule est-elle une donnée de santé ?"
				options:
				  - { id: oui, text: "Oui", feedback: "Seule, elle ne dit rien de la santé." }
				  - { id: non, text: "Non", correct: true, feedback: "Exact : il faut qu’elle révèle un état de santé." }
				```
				""");
		importer.importModule(new ModuleFolderReader(java.util.Set.of("D4")).read(folder).module().orElseThrow());
		String username = "it-" + UUID.randomUUID();
		PersonId person = identity.createAccount(new NewAccount(username, "Apprenante essai", null,
				EnumSet.of(Role.LEARNER), null));
		var learner = TestPrincipal.of(identity, username, Role.LEARNER).authentication();
		learning.enrol(person, slug);

		mvc.perform(get("/modules/{slug}/lessons/01-unique", slug).with(authentication(learner)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Une adresse postale seule est-elle une donnée de santé ?")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("```"))));
		mvc.perform(post("/modules/{slug}/lessons/01-unique/check", slug).param("question", "adresse")
			.param("answer", "oui").with(authentication(learner)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Pas tout à fait")))
			.andExpect(content().string(containsString("Seule, elle ne dit rien de la santé.")));
		mvc.perform(post("/modules/{slug}/lessons/01-unique/check", slug).param("question", "adresse")
			.param("answer", "non").with(authentication(learner)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Bonne réponse")))
			.andExpect(content().string(containsString("il faut qu’elle révèle un état de santé")));
		mvc.perform(post("/modules/{slug}/lessons/01-unique/check", slug).param("question", "inconnue")
			.param("answer", "non").with(authentication(learner)).with(csrf()))
			.andExpect(status().isNotFound());
	}

	private Path writeModule(String slug, String text) throws IOException {
		Path folder = Files.createDirectories(content.resolve("modules").resolve(slug).resolve("lessons"));
		Files.writeString(folder.getParent().resolve("module.yml"), """
				id: %s
				title:
				  fr: "Module d'essai"
				  en: "Test module"
				summary:
				  fr: "Pour vérifier les versions."
				axis: digital-tools
				duration: 5
				level: introduction
				competencies: [D4]
				objectives:
				  - fr: "Vérifier les versions."
				authors:
				  - name: "Équipe Socle"
				lessons:
				  - file: 01-unique.md
				    title:
				      fr: "Unique"
				""".formatted(slug));
		Files.writeString(folder.resolve("01-unique.md"), "# Unique\n\n" + text + "\n");
		return folder.getParent();
	}

}
