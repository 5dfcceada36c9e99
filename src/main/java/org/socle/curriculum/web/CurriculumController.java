package org.socle.curriculum.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.socle.catalog.CatalogApi;
import org.socle.catalog.ModuleOutline;
import org.socle.curriculum.domain.Curricula;
import org.socle.identity.IdentityApi;
import org.socle.identity.PersonId;
import org.socle.identity.PersonSummary;
import org.socle.identity.SoclePrincipal;
import org.socle.organisation.RegionSummary;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Coordinators and administrators list the curricula they may use and build their own: one form
 * whose every button (add a module, move it, remove it, save) posts the whole form, so that the page
 * works without JavaScript and nothing typed is lost; htmx only swaps the list of modules. A
 * curriculum outside the person's scope answers 404, as if it did not exist.
 */
@Controller
class CurriculumController {

	private static final String FORM = "curriculum/curriculum-form";

	private final Curricula curricula;

	private final CatalogApi catalog;

	private final IdentityApi identity;

	CurriculumController(Curricula curricula, CatalogApi catalog, IdentityApi identity) {
		this.curricula = curricula;
		this.catalog = catalog;
		this.identity = identity;
	}

	@InitBinder("form")
	void bind(WebDataBinder binder) {
		binder.setAllowedFields("slug", "titleFr", "titleEn", "summaryFr", "summaryEn", "ownerRegion", "steps*",
				"addModule", "addRequired");
		binder.setAutoGrowCollectionLimit(Curricula.STEPS_MAX + 1);
	}

	@GetMapping("/manage/curricula")
	String list(@AuthenticationPrincipal SoclePrincipal me, Model model) {
		model.addAttribute("curricula", curricula.listedFor(me));
		model.addAttribute("mayBuild", !curricula.ownerRegionsFor(me).isEmpty());
		return "curriculum/curricula";
	}

	@GetMapping("/manage/curricula/{slug}")
	String show(@PathVariable String slug, @AuthenticationPrincipal SoclePrincipal me, Model model) {
		Curricula.Details details = visible(me, slug);
		model.addAttribute("curriculum", details);
		model.addAttribute("modules", publishedModules());
		model.addAttribute("names", names(details.versions().stream().map(Curricula.Version::savedBy).toList()));
		model.addAttribute("mayBuild", !curricula.ownerRegionsFor(me).isEmpty());
		return "curriculum/curriculum";
	}

	/** A new curriculum, empty or started from one the person may see (the "duplicate" action). */
	@GetMapping("/manage/curricula/new")
	String create(@RequestParam(required = false) String from, @AuthenticationPrincipal SoclePrincipal me,
			Model model) {
		List<RegionSummary> regions = buildableRegions(me);
		CurriculumForm form = new CurriculumForm();
		if (from != null) {
			Curricula.Details source = visible(me, from);
			form = CurriculumForm.from(source.current(), "");
			model.addAttribute("duplicateOf", source.current());
		}
		if (regions.size() == 1) {
			form.setOwnerRegion(regions.get(0).id());
		}
		return editor(me, form, null, model);
	}

	@PostMapping("/manage/curricula/new")
	String createPosted(@ModelAttribute("form") CurriculumForm form,
			@RequestParam(defaultValue = "save") String action, @AuthenticationPrincipal SoclePrincipal me, Locale locale,
			Model model, RedirectAttributes redirect) {
		List<RegionSummary> regions = buildableRegions(me);
		if (regions.size() == 1) {
			form.setOwnerRegion(regions.get(0).id());
		}
		if (!"save".equals(action)) {
			return change(me, form, null, action, locale, model);
		}
		try {
			return saved(curricula.create(me, form.toDraft()), redirect);
		}
		catch (Curricula.CurriculumRefused refused) {
			model.addAttribute("problems", refused.problems());
			return editor(me, form, null, model);
		}
	}

	@GetMapping("/manage/curricula/{slug}/edit")
	String edit(@PathVariable String slug, @AuthenticationPrincipal SoclePrincipal me, Model model,
			RedirectAttributes redirect) {
		Curricula.Details details = visible(me, slug);
		if (!details.editable()) {
			return readOnly(details, redirect);
		}
		return editor(me, CurriculumForm.from(details.current(), slug), details, model);
	}

	@PostMapping("/manage/curricula/{slug}/edit")
	String editPosted(@PathVariable String slug, @ModelAttribute("form") CurriculumForm form,
			@RequestParam(defaultValue = "save") String action, @AuthenticationPrincipal SoclePrincipal me, Locale locale,
			Model model, RedirectAttributes redirect) {
		Curricula.Details details = visible(me, slug);
		if (!details.editable()) {
			return readOnly(details, redirect);
		}
		form.setSlug(slug);
		if (!"save".equals(action)) {
			return change(me, form, details, action, locale, model);
		}
		try {
			return saved(curricula.revise(me, slug, form.toDraft()), redirect);
		}
		catch (Curricula.CurriculumRefused refused) {
			model.addAttribute("problems", refused.problems());
			return editor(me, form, details, model);
		}
		catch (Curricula.UnknownCurriculum ex) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		catch (Curricula.ReadOnlyCurriculum ex) {
			return readOnly(details, redirect);
		}
	}

	/**
	 * A button of the module list: add, move up or down, remove. Redisplays the whole form with the
	 * change, says what changed (a live region) and puts the focus where the person's attention is.
	 */
	private String change(SoclePrincipal me, CurriculumForm form, Curricula.Details details, String action,
			Locale locale, Model model) {
		Map<String, ModuleOutline> modules = publishedModules();
		String[] parts = action.split("-", 2);
		int index = parts.length == 2 && parts[1].matches("\\d{1,3}") ? Integer.parseInt(parts[1]) : -1;
		switch (parts[0]) {
			case "add" -> {
				String module = form.getAddModule();
				if (module.isEmpty() || !modules.containsKey(module)) {
					stepProblem(model, "addModule", "choose-module", null);
				}
				else if (form.contains(module)) {
					stepProblem(model, "addModule", "duplicate-module", title(modules, module, locale));
				}
				else {
					form.add(module, form.isAddRequired());
					form.setAddModule("");
					int added = form.getSteps().size() - 1;
					status(model, "curricula.step.added", title(modules, module, locale), added + 1);
					model.addAttribute("focus", "step-" + added + "-required");
				}
			}
			case "up", "down" -> {
				int target = "up".equals(parts[0]) ? index - 1 : index + 1;
				if (form.move(index, target - index)) {
					String module = form.getSteps().get(target).getModule();
					status(model, "curricula.step.moved", title(modules, module, locale), target + 1);
					// the same button keeps the focus, unless the step reached the end it moved towards
					boolean up = "up".equals(parts[0]);
					boolean canGoOn = up ? target > 0 : target < form.getSteps().size() - 1;
					model.addAttribute("focus", "step-" + target + "-" + (canGoOn == up ? "up" : "down"));
				}
			}
			case "remove" -> {
				String module = form.remove(index);
				if (module != null) {
					status(model, "curricula.step.removed", title(modules, module, locale), index + 1);
					model.addAttribute("focus", form.getSteps().isEmpty() ? "addModule"
							: "step-" + Math.min(index, form.getSteps().size() - 1) + "-remove");
				}
			}
			default -> {
				// an unknown button changes nothing: the form comes back as it was
			}
		}
		return editor(me, form, details, model);
	}

	private String editor(SoclePrincipal me, CurriculumForm form, Curricula.Details details, Model model) {
		Map<String, ModuleOutline> modules = publishedModules();
		model.addAttribute("form", form);
		model.addAttribute("curriculum", details);
		model.addAttribute("regions", buildableRegions(me));
		model.addAttribute("modules", publishedModules());
		model.addAttribute("addable", modules.values()
			.stream()
			.filter(module -> !form.contains(module.slug()))
			.toList());
		model.addAttribute("action", details == null ? "/manage/curricula/new" : "/manage/curricula/" + details.slug() + "/edit");
		if (!model.containsAttribute("problems")) {
			model.addAttribute("problems", List.of());
		}
		@SuppressWarnings("unchecked")
		List<Curricula.Problem> problems = (List<Curricula.Problem>) model.getAttribute("problems");
		// by field, so that each field shows its own messages and points to them
		model.addAttribute("errors", problems.stream().collect(Collectors.groupingBy(Curricula.Problem::field)));
		return FORM;
	}

	private static void stepProblem(Model model, String field, String code, String argument) {
		List<Curricula.Problem> problems = new ArrayList<>();
		problems.add(new Curricula.Problem(field, code, argument));
		model.addAttribute("problems", problems);
		model.addAttribute("focus", field);
	}

	private static void status(Model model, String key, String module, int position) {
		model.addAttribute("stepStatus", key);
		model.addAttribute("stepStatusArguments", new Object[] { module, position });
	}

	private String saved(Curricula.Saved saved, RedirectAttributes redirect) {
		redirect.addFlashAttribute("savedVersion", saved.version());
		redirect.addFlashAttribute("changed", saved.changed());
		return "redirect:/manage/curricula/" + saved.slug();
	}

	private static String readOnly(Curricula.Details details, RedirectAttributes redirect) {
		redirect.addFlashAttribute("problem", details.origin() == org.socle.curriculum.domain.CurriculumOrigin.CONTENT
				? "curricula.rule.content-read-only" : "curricula.rule.not-yours");
		return "redirect:/manage/curricula/" + details.slug();
	}

	private List<RegionSummary> buildableRegions(SoclePrincipal me) {
		List<RegionSummary> regions = curricula.ownerRegionsFor(me);
		if (regions.isEmpty()) {
			// a coordinator without a region yet: nothing they could build would be theirs
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
		return regions;
	}

	private Curricula.Details visible(SoclePrincipal me, String slug) {
		return curricula.find(me, slug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	/** Published modules by slug, in title order. */
	private Map<String, ModuleOutline> publishedModules() {
		return catalog.currentModules()
			.stream()
			.sorted(Comparator.comparing(ModuleOutline::titleFr))
			.collect(Collectors.toMap(ModuleOutline::slug, module -> module, (a, b) -> a, LinkedHashMap::new));
	}

	private static String title(Map<String, ModuleOutline> modules, String slug, Locale locale) {
		ModuleOutline module = modules.get(slug);
		return module == null ? slug : module.title(locale);
	}

	private Map<Long, String> names(List<Long> ids) {
		Set<PersonId> people = ids.stream().filter(java.util.Objects::nonNull).map(PersonId::new).collect(Collectors.toSet());
		if (people.isEmpty()) {
			return Map.of();
		}
		return identity.people(people)
			.values()
			.stream()
			.collect(Collectors.toMap(person -> person.id().value(), PersonSummary::displayName, (a, b) -> a));
	}

}
