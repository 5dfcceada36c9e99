package org.socle.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.socle.catalog.CatalogApi;
import org.socle.catalog.DraftRuleViolation;
import org.socle.catalog.DraftState;
import org.socle.catalog.domain.Authoring;
import org.socle.identity.IdentityApi;
import org.socle.identity.NewAccount;
import org.socle.identity.Role;
import org.socle.support.SocleIntegrationTest;
import org.socle.support.TestPrincipal;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.MockMvc;

@SocleIntegrationTest
class AuthoringIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	Authoring authoring;

	@Autowired
	CatalogApi catalog;

	@Autowired
	IdentityApi identity;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	org.socle.catalog.domain.ModuleArchive archive;

	@Test
	void aModuleWrittenInTheBrowserIsPublishedOnlyAfterAnotherTrainerApprovesIt() throws Exception {
		TestPrincipal author = trainer();
		TestPrincipal reviewer = trainer();
		String slug = "essai-" + UUID.randomUUID().toString().substring(0, 8);

		String location = mvc.perform(post("/authoring/drafts").param("titleFr", "Module d’essai")
			.param("slug", slug).param("axis", "data-ethics").param("competency", "D1")
			.with(as(author)).with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn().getResponse().getRedirectedUrl();
		long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));

		// Before it is submitted, nobody else sees the draft.
		mvc.perform(get("/authoring/drafts/{id}", id).with(as(reviewer))).andExpect(status().isNotFound());
		mvc.perform(get("/authoring/drafts/{id}", id).with(as(author)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Module d’essai")));

		write(author, id, "lessons/01-introduction.md", "# Module d’essai\n\n## Partie\n\nTexte de la leçon.\n\n> **À retenir** — tout.\n");
		write(author, id, "assessment.yml", Authoring.withQuestion(Authoring.withQuestion("", 
				org.socle.catalog.Assessment.Type.SINGLE_CHOICE), org.socle.catalog.Assessment.Type.CLINICAL_CASE));
		mvc.perform(post("/authoring/drafts/{id}/submit", id).with(as(author)).with(csrf()))
			.andExpect(flash().attribute("notice", "authoring.submitted"));

		// The author cannot approve their own module, and a request for changes says what to change.
		mvc.perform(post("/authoring/drafts/{id}/review", id).param("decision", "approve").with(as(author)).with(csrf()))
			.andExpect(flash().attribute("problem", "authoring.rule.own-draft"));
		mvc.perform(post("/authoring/drafts/{id}/review", id).param("decision", "changes").with(as(reviewer)).with(csrf()))
			.andExpect(flash().attribute("problem", "authoring.rule.comment-required"));
		mvc.perform(post("/authoring/drafts/{id}/review", id).param("decision", "changes")
			.param("comment", "Citez vos sources.").with(as(reviewer)).with(csrf()))
			.andExpect(flash().attribute("notice", "authoring.changesRequested"));
		assertThat(catalog.currentModule(slug)).isEmpty();

		mvc.perform(get("/authoring/drafts/{id}", id).with(as(author)))
			.andExpect(content().string(containsString("Citez vos sources.")));
		write(author, id, "lessons/01-introduction.md", "# Module d’essai\n\n## Partie\n\nTexte sourcé.\n");
		mvc.perform(post("/authoring/drafts/{id}/submit", id).with(as(author)).with(csrf()));
		mvc.perform(post("/authoring/drafts/{id}/review", id).param("decision", "approve")
			.param("comment", "Bon pour publication.").with(as(reviewer)).with(csrf()))
			.andExpect(flash().attribute("notice", "authoring.published"));

		var published = catalog.currentModule(slug).orElseThrow();
		assertThat(published.versionNumber()).isEqualTo(1);
		assertThat(catalog.lesson(published.versionId(), "01-introduction", Locale.FRENCH).orElseThrow().safeHtml())
			.contains("Texte sourcé.");
		assertThat(catalog.assessment(published.versionId()).orElseThrow().questions()).hasSize(2);
		assertThat(jdbc.queryForObject("select origin from catalog_module_version where id = ?", String.class,
				published.versionId().value())).isEqualTo("review");
		assertThat(authoring.view(author.personId().value(), id).orElseThrow().history())
			.extracting(step -> step.to(), step -> step.actorId(), step -> step.comment())
			.containsExactly(org.assertj.core.groups.Tuple.tuple(DraftState.DRAFT, author.personId().value(), null),
					org.assertj.core.groups.Tuple.tuple(DraftState.SUBMITTED, author.personId().value(), null),
					org.assertj.core.groups.Tuple.tuple(DraftState.CHANGES_REQUESTED, reviewer.personId().value(), "Citez vos sources."),
					org.assertj.core.groups.Tuple.tuple(DraftState.SUBMITTED, author.personId().value(), null),
					org.assertj.core.groups.Tuple.tuple(DraftState.PUBLISHED, reviewer.personId().value(), "Bon pour publication."));

		// Published: nobody edits it in place; a revision is a new draft and a new version.
		mvc.perform(post("/authoring/drafts/{id}/file", id).param("path", "lessons/01-introduction.md")
			.param("content", "Changé en douce").param("lockVersion", "0").with(as(author)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Changé en douce")));
		assertThat(catalog.lesson(published.versionId(), "01-introduction", Locale.FRENCH).orElseThrow().safeHtml())
			.doesNotContain("Changé en douce");
	}

	@Test
	void aRevisionStartsFromThePublishedFilesAndOneModuleHasOneOpenDraft() {
		TestPrincipal author = trainer();
		TestPrincipal other = trainer();
		String slug = catalog.currentModules().get(0).slug();
		long before = catalog.currentModule(slug).orElseThrow().versionId().value();

		long id;
		try {
			id = authoring.revise(author.personId().value(), slug);
		}
		catch (DraftRuleViolation alreadyOpen) {
			// another test left an open revision of this module: that is the rule under test too
			return;
		}
		try {
			assertThat(authoring.view(author.personId().value(), id).orElseThrow().files()).containsKey("module.yml");
			assertThat(authoring.view(author.personId().value(), id).orElseThrow().valid()).isTrue();
			org.assertj.core.api.Assertions.assertThatThrownBy(() -> authoring.revise(other.personId().value(), slug))
				.isInstanceOfSatisfying(DraftRuleViolation.class,
						violation -> assertThat(violation.code()).isEqualTo("open-draft-exists"));
			assertThat(catalog.currentModule(slug).orElseThrow().versionId().value()).isEqualTo(before);
		}
		finally {
			authoring.withdraw(author.personId().value(), id);
		}
	}

	@Test
	void twoReviewersApprovingAtOnceGiveOneVersion() throws Exception {
		TestPrincipal author = trainer();
		String slug = "essai-" + UUID.randomUUID().toString().substring(0, 8);
		long id = authoring.start(author.personId().value(), new Authoring.NewModule(slug, "Concurrence", null,
				org.socle.catalog.Axis.DIGITAL_TOOLS, 20, List.of("D4")));
		authoring.write(author.personId().value(), id, authoring.view(author.personId().value(), id).orElseThrow().lockVersion(),
				"lessons/01-introduction.md", "# Concurrence\n\nTexte.\n");
		authoring.submit(author.personId().value(), id, null);
		List<TestPrincipal> reviewers = List.of(trainer(), trainer(), trainer(), trainer());

		ExecutorService pool = Executors.newFixedThreadPool(reviewers.size());
		try {
			List<Callable<Boolean>> approvals = new ArrayList<>();
			for (TestPrincipal reviewer : reviewers) {
				approvals.add(() -> {
					try {
						authoring.approve(reviewer.personId().value(), id, null);
						return true;
					}
					catch (DraftRuleViolation refused) {
						return false;
					}
				});
			}
			int approved = 0;
			for (Future<Boolean> result : pool.invokeAll(approvals)) {
				approved += result.get() ? 1 : 0;
			}
			assertThat(approved).isEqualTo(1);
		}
		finally {
			pool.shutdown();
		}
		assertThat(jdbc.queryForObject("select count(*) from catalog_module_version where slug = ?", Integer.class, slug))
			.isEqualTo(1);
	}

	@Test
	void thePreviewShowsTheLessonAsLearnersWillSeeItAndNeverItsScripts() throws Exception {
		TestPrincipal author = trainer();
		long id = authoring.start(author.personId().value(), new Authoring.NewModule(
				"essai-" + UUID.randomUUID().toString().substring(0, 8), "Aperçu", null, null, 20, List.of("D4")));

		mvc.perform(post("/authoring/drafts/{id}/file", id).param("path", "lessons/01-introduction.md")
			.param("action", "preview").param("content", "## Titre vu\n\n<script>alert(1)</script>\n")
			.with(as(author)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<h2>Titre vu</h2>")))
			.andExpect(content().string(not(containsString("<script>alert(1)"))));
		// The live preview htmx asks for while the author types: the preview alone, for those who may see the draft.
		mvc.perform(post("/authoring/drafts/{id}/preview", id).param("content", "## En direct\n\n<script>alert(2)</script>")
			.with(as(author)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<h2>En direct</h2>")))
			.andExpect(content().string(not(containsString("<script>alert(2)"))))
			.andExpect(content().string(not(containsString("<textarea"))));
		mvc.perform(post("/authoring/drafts/{id}/preview", id).param("content", "x").with(as(trainer())).with(csrf()))
			.andExpect(status().isNotFound());
	}

	@Test
	void aStaleFormKeepsWhatTheAuthorTypedAndSavesNothing() throws Exception {
		TestPrincipal author = trainer();
		long id = authoring.start(author.personId().value(), new Authoring.NewModule(
				"essai-" + UUID.randomUUID().toString().substring(0, 8), "Onglets", null, null, 20, List.of("D4")));
		long seen = authoring.view(author.personId().value(), id).orElseThrow().lockVersion();
		authoring.write(author.personId().value(), id, seen, "lessons/01-introduction.md", "# Onglets\n\nPremier onglet.\n");

		mvc.perform(post("/authoring/drafts/{id}/file", id).param("path", "lessons/01-introduction.md")
			.param("content", "Second onglet, texte précieux").param("lockVersion", String.valueOf(seen))
			.with(as(author)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Second onglet, texte précieux")))
			.andExpect(content().string(containsString("a changé entre-temps")));
		assertThat(authoring.view(author.personId().value(), id).orElseThrow().files().get("lessons/01-introduction.md"))
			.contains("Premier onglet.");
	}

	@Test
	void imagesAndDocumentsAreTypedByTheirContentAndServedSoThatNothingInThemRuns() throws Exception {
		TestPrincipal author = trainer();
		TestPrincipal reviewer = trainer();
		String slug = "essai-" + UUID.randomUUID().toString().substring(0, 8);
		long id = authoring.start(author.personId().value(), new Authoring.NewModule(slug, "Images", null, null, 20,
				List.of("D4")));

		mvc.perform(multipart("/authoring/drafts/{id}/media", id)
			.file(new MockMultipartFile("file", "Schéma des accès.png", "image/png", PNG)).with(as(author)).with(csrf()))
			.andExpect(flash().attribute("mediaAdded", "media/schema-des-acces.png"));
		mvc.perform(multipart("/authoring/drafts/{id}/media", id)
			.file(new MockMultipartFile("file", "piege.png", "image/png",
					"<html><script>alert(1)</script></html>".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
			.with(as(author)).with(csrf()))
			.andExpect(flash().attribute("problem", "authoring.rule.media-type"));
		mvc.perform(multipart("/authoring/drafts/{id}/media", id)
			.file(new MockMultipartFile("file", "fiche.pdf", "application/pdf", "%PDF-1.4\n%fin".getBytes(
					java.nio.charset.StandardCharsets.US_ASCII)))
			.with(as(author)).with(csrf()))
			.andExpect(flash().attribute("mediaAdded", "media/fiche.pdf"));

		// A reviewer cannot fetch the media of a draft not yet submitted.
		mvc.perform(get("/authoring/drafts/{id}/media/schema-des-acces.png", id).with(as(reviewer)))
			.andExpect(status().isNotFound());
		write(author, id, "lessons/01-introduction.md",
				"# Images\n\n![Schéma des accès](media/schema-des-acces.png)\n\n[La fiche](media/fiche.pdf)\n");
		mvc.perform(post("/authoring/drafts/{id}/file", id).param("path", "lessons/01-introduction.md")
			.param("action", "preview").param("content", "![Schéma](media/schema-des-acces.png)")
			.with(as(author)).with(csrf()))
			.andExpect(content().string(containsString("src=\"/authoring/drafts/" + id + "/media/schema-des-acces.png\"")));
		authoring.submit(author.personId().value(), id, null);
		authoring.approve(reviewer.personId().value(), id, null);

		var version = catalog.currentModule(slug).orElseThrow().versionId().value();
		var learner = TestPrincipal.of(identity, "learner", Role.LEARNER).authentication();
		mvc.perform(get("/catalog/versions/{version}/media/schema-des-acces.png", version).with(authentication(learner)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "image/png"))
			.andExpect(header().string("Content-Disposition", containsString("inline")))
			.andExpect(header().string("Content-Security-Policy", containsString("sandbox")))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(content().bytes(PNG));
		mvc.perform(get("/catalog/versions/{version}/media/fiche.pdf", version).with(authentication(learner)))
			.andExpect(header().string("Content-Disposition", containsString("attachment")));
		mvc.perform(get("/catalog/versions/{version}/media/absent.png", version).with(authentication(learner)))
			.andExpect(status().isNotFound());
		assertThat(catalog.lesson(catalog.currentModule(slug).orElseThrow().versionId(), "01-introduction", Locale.FRENCH)
			.orElseThrow().safeHtml()).contains("src=\"/catalog/versions/" + version + "/media/schema-des-acces.png\"");

		// The module leaves as a zip with its media and comes back unchanged.
		byte[] zip = archive.export(slug).orElseThrow();
		List<String> entries = new ArrayList<>();
		try (var in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(zip))) {
			for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				entries.add(entry.getName());
			}
		}
		assertThat(entries).contains(slug + "/media/schema-des-acces.png", slug + "/media/fiche.pdf");
		assertThat(archive.upload(new java.io.ByteArrayInputStream(zip)).outcome())
			.contains(org.socle.catalog.domain.ModuleImporter.Outcome.UNCHANGED);
	}

	/** The smallest valid PNG: one transparent pixel. */
	private static final byte[] PNG = java.util.Base64.getDecoder()
		.decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

	@Test
	void learnersCannotReachAuthoring() throws Exception {
		var learner = TestPrincipal.of(identity, "learner", Role.LEARNER).authentication();
		mvc.perform(get("/authoring").with(authentication(learner))).andExpect(status().isForbidden());
		mvc.perform(post("/authoring/drafts").param("titleFr", "x").with(authentication(learner)).with(csrf()))
			.andExpect(status().isForbidden());
	}

	private void write(TestPrincipal author, long id, String path, String text) throws Exception {
		long seen = authoring.view(author.personId().value(), id).orElseThrow().lockVersion();
		mvc.perform(post("/authoring/drafts/{id}/file", id).param("path", path).param("content", text)
			.param("lockVersion", String.valueOf(seen)).with(as(author)).with(csrf()))
			.andExpect(status().is3xxRedirection());
	}

	private TestPrincipal trainer() {
		String username = "it-" + UUID.randomUUID();
		identity.createAccount(new NewAccount(username, "Formatrice " + username.substring(3, 9), null,
				EnumSet.of(Role.LEARNER, Role.TRAINER), null));
		return TestPrincipal.of(identity, username, Role.LEARNER, Role.TRAINER);
	}

	private static org.springframework.test.web.servlet.request.RequestPostProcessor as(TestPrincipal person) {
		Authentication authentication = person.authentication();
		return authentication(authentication);
	}

}
