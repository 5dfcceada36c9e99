package org.socle.catalog.web;

import java.util.List;

import org.socle.catalog.CatalogApi;
import org.socle.catalog.VersionHistory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** A module's versions and, on request, what changed between two of them. */
@Controller
class VersionHistoryController {

	private final CatalogApi catalog;

	VersionHistoryController(CatalogApi catalog) {
		this.catalog = catalog;
	}

	@GetMapping("/modules/{slug}/versions")
	String history(@PathVariable String slug, @RequestParam(required = false) Integer from,
			@RequestParam(required = false) Integer to, Model model) {
		List<VersionHistory.Entry> versions = catalog.history(slug);
		if (versions.isEmpty()) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		model.addAttribute("module", catalog.currentModule(slug).orElseThrow());
		model.addAttribute("versions", versions);
		if (from != null && to != null) {
			model.addAttribute("comparison", catalog.compare(slug, from, to).orElse(null));
			model.addAttribute("unknownVersion", catalog.compare(slug, from, to).isEmpty());
		}
		model.addAttribute("from", from);
		model.addAttribute("to", to);
		return "catalog/versions";
	}

}
