package org.socle.catalog.web;

import java.util.List;

import org.socle.catalog.Axis;
import org.socle.catalog.CatalogApi;
import org.socle.catalog.CatalogQuery;
import org.socle.shared.reference.Professions;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The catalogue with its search and filters: a plain GET form, so it works without JavaScript. */
@Controller
class CatalogController {

	/** The duration choices offered, in minutes. */
	static final List<Integer> DURATIONS = List.of(20, 30, 45, 60);

	private final CatalogApi catalog;

	CatalogController(CatalogApi catalog) {
		this.catalog = catalog;
	}

	@GetMapping("/catalog")
	String catalog(@RequestParam(required = false) String q, @RequestParam(required = false) String axis,
			@RequestParam(required = false) String competency, @RequestParam(required = false) String profession,
			@RequestParam(required = false) Integer maxDuration, @RequestParam(required = false) String language,
			Model model) {
		CatalogQuery query = new CatalogQuery(q, Axis.fromCode(axis == null ? "" : axis).orElse(null), competency,
				profession, maxDuration, language);
		model.addAttribute("query", query);
		model.addAttribute("entries", catalog.search(query));
		model.addAttribute("axes", Axis.values());
		model.addAttribute("competencies", catalog.competencies().values());
		model.addAttribute("durations", DURATIONS);
		model.addAttribute("professions", Professions.CODES);
		return "catalog/list";
	}

}
