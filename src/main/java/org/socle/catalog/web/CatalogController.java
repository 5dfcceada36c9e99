package org.socle.catalog.web;

import org.socle.catalog.CatalogApi;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class CatalogController {

	private final CatalogApi catalog;

	CatalogController(CatalogApi catalog) {
		this.catalog = catalog;
	}

	@GetMapping("/catalog")
	String catalog(Model model) {
		model.addAttribute("modules", catalog.currentModules());
		return "catalog/list";
	}

}
