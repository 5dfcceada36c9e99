package org.socle.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.socle.catalog.CatalogApi;
import org.socle.catalog.CurriculaRead;
import org.socle.catalog.CurriculumOutline;
import org.socle.catalog.ModuleDetails.Text;
import org.socle.catalog.ModuleOutline;
import org.socle.catalog.domain.ContentImport;
import org.socle.curriculum.domain.Curricula;
import org.socle.curriculum.domain.CurriculumVersions;
import org.socle.identity.IdentityApi;
import org.socle.identity.Role;
import org.socle.organisation.OrganisationApi;
import org.socle.support.SocleIntegrationTest;
import org.socle.support.TestPrincipal;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Coordinators build curricula in the browser: versions like the content's, within their region only,
 * never over a content curriculum and never overwritten by the content import.
 */
@SocleIntegrationTest
class CurriculumBuilderIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	Curricula curricula;

	@Autowired
	CurriculumVersions versions;

	@Autowired
	CatalogApi catalog;

	@Autowired
	IdentityApi identity;

	@Autowired
	OrganisationApi organisation;

	@Autowired
	ContentImport contentImport;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	JdbcTemplate jdbc;

	TestPrincipal coordinator;

	TestPrincipal coordinator2;

	TestPrincipal admin;

	TestPrincipal manager;

	TestPrincipal learner;

	List<String> modules;

	String run;

	@BeforeEach
	void people() {
		coordinator = TestPrincipal.of(identity, "coordinator", Role.COORDINATOR);
		coordinator2 = TestPrincipal.of(identity, "coordinator2", Role.COORDINATOR);
		admin = TestPrincipal.of(identity, "admin", Role.ADMIN);
		manager = TestPrincipal.of(identity, "manager", Role.LEARNER, Role.MANAGER);
		learner = TestPrincipal.of(identity, "learner", Role.LEARNER);
		modules = catalog.currentModules().stream().map(ModuleOutline::slug).sorted().limit(3).toList();
		run = UUID.randomUUID().toString().substring(0, 8);
	}

	@Test
	void aCoordinatorBuildsACurriculumAndEverySaveThatChangesItIsANewVersion() throws Exception {
		String slug = "parcours-" + run;
		mvc.perform(get("/manage/curricula/new").with(authentication(coordinator.authentication())))
			.andExpect(status().isOk())
			// one region: it is the owner, shown rather than asked
			.andExpect(content().string(allOf(containsString("ARS Bretagne"), not(containsString("name=\"ownerRegion\"")))));

		mvc.perform(save("/manage/curricula/new", coordinator).param("slug", slug)
			.param("titleFr", "Urgences : le numérique au quotidien")
			.param("steps[0].module", modules.get(0))
			.param("steps[0].required", "true")
			.param("steps[1].module", modules.get(1))
			.param("steps[1].required", "false"))
			.andExpect(redirectedUrl("/manage/curricula/" + slug))
			.andExpect(flash().attribute("savedVersion", 1))
			.andExpect(flash().attribute("changed", true));

		assertThat(jdbc.queryForMap("select origin, owner_region_id from curriculum where slug = ?", slug))
			.containsEntry("origin", "browser")
			.containsEntry("owner_region_id", bretagne());
		assertThat(jdbc.queryForObject("select saved_by from curriculum_version where slug = ? and version_number = 1",
				Long.class, slug)).isEqualTo(coordinator.personId().value());

		mvc.perform(get("/manage/curricula/" + slug + "/edit").with(authentication(coordinator.authentication())))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("value=\"Urgences : le numérique au quotidien\""),
					containsString("name=\"steps[1].module\" value=\"" + modules.get(1) + "\""),
					not(containsString("name=\"slug\"")))));
		mvc.perform(save("/manage/curricula/" + slug + "/edit", coordinator)
			.param("titleFr", "Urgences : le numérique au quotidien (2027)")
			.param("titleEn", "Emergency care: digital every day")
			.param("steps[0].module", modules.get(1))
			.param("steps[0].required", "true")
			.param("steps[1].module", modules.get(0))
			.param("steps[1].required", "true")
			.param("steps[2].module", modules.get(2))
			.param("steps[2].required", "false"))
			.andExpect(redirectedUrl("/manage/curricula/" + slug))
			.andExpect(flash().attribute("savedVersion", 2))
			.andExpect(flash().attribute("changed", true));

		var current = versions.currentOf(slug).orElseThrow();
		assertThat(current.number()).isEqualTo(2);
		assertThat(current.steps()).containsExactly(new CurriculumOutline.Step(modules.get(1), true),
				new CurriculumOutline.Step(modules.get(0), true), new CurriculumOutline.Step(modules.get(2), false));

		// The same content again: nothing new, and the person is told so on the page the save leads to.
		var unchanged = mvc.perform(save("/manage/curricula/" + slug + "/edit", coordinator)
			.param("titleFr", "Urgences : le numérique au quotidien (2027)")
			.param("titleEn", "Emergency care: digital every day")
			.param("steps[0].module", modules.get(1))
			.param("steps[1].module", modules.get(0))
			.param("steps[2].module", modules.get(2))
			.param("steps[2].required", "false"))
			.andExpect(flash().attribute("savedVersion", 2))
			.andExpect(flash().attribute("changed", false))
			.andReturn()
			.getResponse();
		assertThat(jdbc.queryForObject("select count(*) from curriculum_version where slug = ?", Integer.class, slug))
			.isEqualTo(2);
		mvc.perform(get("/manage/curricula/" + slug).with(authentication(coordinator.authentication()))
			.cookie(unchanged.getCookies()))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("aucune nouvelle version"), containsString("data-version=\"1\""),
					containsString("data-version=\"2\""), containsString(coordinator.displayName()))));

		// The list shows it with its version and origin, beside the content's curricula.
		mvc.perform(get("/manage/curricula").with(authentication(coordinator.authentication())))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("data-slug=\"" + slug + "\""),
					containsString("data-slug=\"referent-numerique\""), containsString("Construit en ligne — ARS Bretagne"))));
		mvc.perform(get("/manage/curricula").param("lang", "en").with(authentication(coordinator.authentication())))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Built online — ARS Bretagne"),
					containsString("Emergency care: digital every day"))));
	}

	@Test
	void wrongInputIsRefusedWithItsReasonsKeepsWhatWasTypedAndStoresNothing() throws Exception {
		String taken = created("pris-" + run);
		String slug = "refus-" + run;

		mvc.perform(save("/manage/curricula/new", coordinator).param("slug", taken).param("titleFr", "Titre gardé " + run)
			.param("summaryFr", "Résumé gardé " + run)
			.param("steps[0].module", modules.get(0)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"error-summary\""), containsString("href=\"#slug\""),
					containsString("est déjà pris"), containsString("Titre gardé " + run), containsString("Résumé gardé " + run),
					containsString("aria-invalid=\"true\""))));
		mvc.perform(save("/manage/curricula/new", coordinator).param("slug", "referent-numerique").param("titleFr", "Copie")
			.param("steps[0].module", modules.get(0)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("L’identifiant « referent-numerique » est déjà pris")));
		mvc.perform(save("/manage/curricula/new", coordinator).param("slug", slug).param("titleFr", "Sans module"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Ajoutez au moins un module.")));
		mvc.perform(save("/manage/curricula/new", coordinator).param("slug", slug).param("titleFr", "Module inconnu")
			.param("steps[0].module", "module-qui-n-existe-pas-" + run))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("module-qui-n-existe-pas-" + run + " » n’est pas (ou plus) publié")));
		mvc.perform(save("/manage/curricula/new", coordinator).param("slug", slug).param("titleFr", "Doublon")
			.param("steps[0].module", modules.get(0))
			.param("steps[1].module", modules.get(0)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("» est déjà dans le parcours.")));
		mvc.perform(save("/manage/curricula/new", coordinator).param("slug", slug).param("titleFr", "Rien d’obligatoire")
			.param("steps[0].module", modules.get(0))
			.param("steps[0].required", "false"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Au moins un module doit être obligatoire.")));
		mvc.perform(save("/manage/curricula/new", coordinator).param("slug", "Pas Un Identifiant").param("titleFr", "")
			.param("steps[0].module", modules.get(0)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("ne peut contenir que des minuscules"),
					containsString("Donnez un titre en français."), containsString("value=\"Pas Un Identifiant\""))));
		// an unchanged curriculum refused too when its new content is wrong: no version 2
		mvc.perform(save("/manage/curricula/" + taken + "/edit", coordinator).param("titleFr", "Sans module"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Ajoutez au moins un module.")));

		assertThat(jdbc.queryForObject("select count(*) from curriculum where slug = ?", Integer.class, slug)).isZero();
		assertThat(jdbc.queryForObject("select count(*) from curriculum_version where slug = ?", Integer.class, taken)).isEqualTo(1);
		assertThat(jdbc.queryForObject("select count(*) from curriculum where slug = 'referent-numerique' and origin = 'content'",
				Integer.class)).isEqualTo(1);
	}

	@Test
	void theModuleButtonsChangeTheListOnThePageWithoutSavingAnything() throws Exception {
		String slug = "boutons-" + run;
		String first = catalog.currentModule(modules.get(0)).orElseThrow().titleFr();
		String second = catalog.currentModule(modules.get(1)).orElseThrow().titleFr();

		String added = mvc.perform(save("/manage/curricula/new", coordinator).param("action", "add").param("slug", slug)
			.param("titleFr", "En cours " + run)
			.param("steps[0].module", modules.get(0))
			.param("addModule", modules.get(1))
			.param("addRequired", "false"))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(added).contains("En cours " + run, "« " + second + " » ajouté en position 2.",
				"name=\"steps[1].module\" value=\"" + modules.get(1) + "\"", "id=\"step-1-required\"");
		assertThat(added.indexOf(first)).isLessThan(added.lastIndexOf(second));

		String moved = mvc.perform(save("/manage/curricula/new", coordinator).param("action", "up-1").param("slug", slug)
			.param("titleFr", "En cours " + run)
			.param("steps[0].module", modules.get(0))
			.param("steps[1].module", modules.get(1)))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(moved).contains("name=\"steps[0].module\" value=\"" + modules.get(1) + "\"",
				"name=\"steps[1].module\" value=\"" + modules.get(0) + "\"", "déplacé en position 1");

		mvc.perform(save("/manage/curricula/new", coordinator).param("action", "add").param("slug", slug)
			.param("titleFr", "En cours " + run)
			.param("steps[0].module", modules.get(0))
			.param("addModule", modules.get(0)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("» est déjà dans le parcours."),
					containsString("id=\"addModule-error\""))));

		String removed = mvc.perform(save("/manage/curricula/new", coordinator).param("action", "remove-0").param("slug", slug)
			.param("titleFr", "En cours " + run)
			.param("steps[0].module", modules.get(0))
			.param("steps[1].module", modules.get(1)))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		assertThat(removed).contains("name=\"steps[0].module\" value=\"" + modules.get(1) + "\"")
			.doesNotContain("name=\"steps[1].module\"");

		assertThat(jdbc.queryForObject("select count(*) from curriculum where slug = ?", Integer.class, slug)).isZero();
	}

	@Test
	void aCurriculumOfAnotherRegionDoesNotExistForItsCoordinator() throws Exception {
		String slug = created("bretagne-" + run);

		mvc.perform(get("/manage/curricula").with(authentication(coordinator2.authentication())))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(not(containsString(slug)), containsString("data-slug=\"referent-numerique\""))));
		mvc.perform(get("/manage/curricula/" + slug).with(authentication(coordinator2.authentication())))
			.andExpect(status().isNotFound());
		mvc.perform(get("/manage/curricula/" + slug + "/edit").with(authentication(coordinator2.authentication())))
			.andExpect(status().isNotFound());
		mvc.perform(get("/manage/curricula/new").param("from", slug).with(authentication(coordinator2.authentication())))
			.andExpect(status().isNotFound());
		mvc.perform(save("/manage/curricula/" + slug + "/edit", coordinator2).param("titleFr", "Détourné")
			.param("steps[0].module", modules.get(2)))
			.andExpect(status().isNotFound());
		assertThatThrownBy(() -> curricula.revise(coordinator2, slug, draft(slug, "Détourné", modules.get(2))))
			.isInstanceOf(Curricula.UnknownCurriculum.class);
		assertThat(versions.currentOf(slug).orElseThrow().number()).isEqualTo(1);

		// an administrator sees and changes every region's curricula
		mvc.perform(get("/manage/curricula/" + slug).with(authentication(admin.authentication())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"edit-curriculum\"")));
		assertThat(curricula.revise(admin, slug, draft(slug, "Revu par l’administration", modules.get(2))).version())
			.isEqualTo(2);

		// managers assign curricula but do not build them; learners and trainers neither
		for (TestPrincipal refused : List.of(manager, learner, TestPrincipal.of(identity, "trainer", Role.TRAINER))) {
			mvc.perform(get("/manage/curricula").with(authentication(refused.authentication())))
				.andExpect(status().isForbidden());
			mvc.perform(get("/manage/curricula/new").with(authentication(refused.authentication())))
				.andExpect(status().isForbidden());
			mvc.perform(get("/manage/curricula/" + slug).with(authentication(refused.authentication())))
				.andExpect(status().isForbidden());
			mvc.perform(save("/manage/curricula/new", refused).param("slug", "interdit-" + run).param("titleFr", "Non")
				.param("steps[0].module", modules.get(0)))
				.andExpect(status().isForbidden());
		}
		// no form post without its CSRF token
		mvc.perform(post("/manage/curricula/new").param("slug", "sans-jeton-" + run).param("titleFr", "Non")
			.param("steps[0].module", modules.get(0))
			.with(authentication(coordinator.authentication())))
			.andExpect(status().isForbidden());
		assertThat(jdbc.queryForObject("select count(*) from curriculum where slug in (?, ?)", Integer.class,
				"interdit-" + run, "sans-jeton-" + run)).isZero();
	}

	@Test
	void contentCurriculaAreReadOnlyHereAndTheContentImportNeverWritesOverABrowserCurriculum() throws Exception {
		String slug = created("importe-" + run);
		int before = versions.currentOf("referent-numerique").orElseThrow().number();

		// a file of content/curricula/ that takes the slug later is ignored
		events.publishEvent(new CurriculaRead(List.of(new CurriculumOutline(slug, new Text("Venu des fichiers", null), null,
				List.of(new CurriculumOutline.Step(modules.get(2), true))))));
		contentImport.importAll();
		assertThat(versions.currentOf(slug).orElseThrow().number()).isEqualTo(1);
		assertThat(versions.currentOf(slug).orElseThrow().titleFr()).isEqualTo("Créé " + slug);
		assertThat(jdbc.queryForObject("select origin from curriculum where slug = ?", String.class, slug)).isEqualTo("browser");
		assertThat(versions.currentOf("referent-numerique").orElseThrow().number()).isEqualTo(before);

		// a changed content curriculum still becomes its next version
		String contentSlug = "contenu-" + run;
		events.publishEvent(new CurriculaRead(List.of(new CurriculumOutline(contentSlug, new Text("Des fichiers", null), null,
				List.of(new CurriculumOutline.Step(modules.get(0), true))))));
		events.publishEvent(new CurriculaRead(List.of(new CurriculumOutline(contentSlug, new Text("Des fichiers, revu", null),
				null, List.of(new CurriculumOutline.Step(modules.get(0), true))))));
		assertThat(versions.currentOf(contentSlug).orElseThrow().number()).isEqualTo(2);

		mvc.perform(get("/manage/curricula/referent-numerique/edit").with(authentication(coordinator.authentication())))
			.andExpect(redirectedUrl("/manage/curricula/referent-numerique"))
			.andExpect(flash().attribute("problem", "curricula.rule.content-read-only"));
		mvc.perform(save("/manage/curricula/referent-numerique/edit", coordinator).param("titleFr", "Détourné")
			.param("steps[0].module", modules.get(0)))
			.andExpect(redirectedUrl("/manage/curricula/referent-numerique"));
		assertThatThrownBy(() -> curricula.revise(admin, "referent-numerique", draft("referent-numerique", "Non", modules.get(0))))
			.isInstanceOf(Curricula.ReadOnlyCurriculum.class);
		assertThat(versions.currentOf("referent-numerique").orElseThrow().number()).isEqualTo(before);

		mvc.perform(get("/manage/curricula/referent-numerique").with(authentication(coordinator.authentication())))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(not(containsString("id=\"edit-curriculum\"")),
					containsString("id=\"duplicate-curriculum\""))));
		// duplicating starts a new browser curriculum from the content's, without a slug of its own yet
		String title = versions.currentOf("referent-numerique").orElseThrow().titleFr();
		mvc.perform(get("/manage/curricula/new").param("from", "referent-numerique")
			.with(authentication(coordinator.authentication())))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("value=\"" + title + "\""),
					containsString("name=\"steps[0].module\""), containsString("id=\"slug\" name=\"slug\""))));
	}

	@Test
	void visibleToGivesTheCurriculaEachPersonMayAssign() {
		String slug = created("assignable-" + run);

		assertThat(slugs(versions.visibleTo(coordinator))).contains(slug, "referent-numerique", "socle-numerique-soignants");
		assertThat(slugs(versions.visibleTo(admin))).contains(slug, "referent-numerique");
		// the manager of an establishment of the region assigns it there
		assertThat(slugs(versions.visibleTo(manager))).contains(slug, "referent-numerique");
		assertThat(slugs(versions.visibleTo(coordinator2))).contains("referent-numerique").doesNotContain(slug);
		assertThat(versions.visibleTo(learner)).isEmpty();
		assertThat(versions.visibleTo(coordinator).stream().filter(v -> v.slug().equals(slug)).findFirst().orElseThrow()
			.steps()).containsExactly(new CurriculumOutline.Step(modules.get(0), true));
		// current() and currentOf() still list every curriculum, whoever built it
		assertThat(slugs(versions.current())).contains(slug, "referent-numerique");
	}

	@Test
	void twoSavesAtOnceNeverShareAVersionNumber() throws Exception {
		String slug = created("ensemble-" + run);
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			List<Callable<Curricula.Saved>> saves = new ArrayList<>();
			saves.add(() -> curricula.revise(coordinator, slug, draft(slug, "Premier " + run, modules.get(1))));
			saves.add(() -> curricula.revise(admin, slug, draft(slug, "Second " + run, modules.get(2))));
			List<Integer> numbers = new ArrayList<>();
			for (Future<Curricula.Saved> saved : pool.invokeAll(saves)) {
				numbers.add(saved.get().version());
			}
			assertThat(numbers).containsExactlyInAnyOrder(2, 3);
		}
		finally {
			pool.shutdown();
		}
		assertThat(jdbc.queryForList("select version_number from curriculum_version where slug = ? order by version_number",
				Integer.class, slug)).containsExactly(1, 2, 3);
	}

	private String created(String slug) {
		Curricula.Draft draft = new Curricula.Draft(slug, "Créé " + slug, null, null, null, bretagne(),
				List.of(new CurriculumOutline.Step(modules.get(0), true)));
		assertThat(curricula.create(coordinator, draft).version()).isEqualTo(1);
		return slug;
	}

	private Curricula.Draft draft(String slug, String title, String module) {
		return new Curricula.Draft(slug, title, null, null, null, null, List.of(new CurriculumOutline.Step(module, true)));
	}

	private long bretagne() {
		return organisation.regionsSteeredBy(coordinator).stream()
			.filter(region -> region.code().equals("bretagne"))
			.findFirst()
			.orElseThrow()
			.id();
	}

	private static MockHttpServletRequestBuilder save(String path, TestPrincipal who) {
		return post(path).with(authentication(who.authentication())).with(csrf());
	}

	private static List<String> slugs(List<CurriculumVersions.CurriculumVersion> list) {
		return list.stream().map(CurriculumVersions.CurriculumVersion::slug).toList();
	}

}
