package org.socle.catalog.web;

import org.socle.catalog.domain.ContentImport;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administrators see what the last content import did and can run it again. */
@Controller
class ContentAdminController {

	private final ContentImport contentImport;

	ContentAdminController(ContentImport contentImport) {
		this.contentImport = contentImport;
	}

	@GetMapping("/admin/content")
	String report(Model model) {
		model.addAttribute("report", contentImport.lastReport());
		return "catalog/admin-content";
	}

	@PostMapping("/admin/content/import")
	String reimport(RedirectAttributes redirect) {
		contentImport.importAll();
		redirect.addFlashAttribute("notice", "content.import.done");
		return "redirect:/admin/content";
	}

}
