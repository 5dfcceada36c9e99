package org.socle.organisation.web;

import java.io.IOException;
import java.util.Base64;

import org.socle.identity.SoclePrincipal;
import org.socle.organisation.StaffImportReport;
import org.socle.organisation.domain.StaffImport;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * Managers, coordinators and administrators import staff from an HR file: a dry run first (every
 * line, its problems and what it would change), then the import, of everything or, when asked, of
 * the valid lines only. The checked file travels back with the form, so what is imported is what
 * was checked.
 */
@Controller
class StaffImportController {

	private static final String VIEW = "organisation/staff-import";

	private final StaffImport staffImport;

	StaffImportController(StaffImport staffImport) {
		this.staffImport = staffImport;
	}

	@GetMapping("/manage/staff/import")
	String form() {
		return VIEW;
	}

	@PostMapping("/manage/staff/import")
	String check(@RequestParam(name = "file", required = false) MultipartFile file,
			@RequestParam(defaultValue = "") String content, @RequestParam(defaultValue = "preview") String action,
			@RequestParam(defaultValue = "false") boolean validLinesOnly, @AuthenticationPrincipal SoclePrincipal me,
			Model model) throws IOException {
		byte[] bytes;
		if (file != null && !file.isEmpty()) {
			bytes = file.getBytes();
		}
		else if (!content.isBlank()) {
			try {
				bytes = Base64.getDecoder().decode(content);
			}
			catch (IllegalArgumentException ex) {
				bytes = new byte[0];
			}
		}
		else {
			model.addAttribute("problem", "staffImport.noFile");
			return VIEW;
		}
		StaffImportReport report = "import".equals(action) ? staffImport.importFile(me, bytes, validLinesOnly)
				: staffImport.dryRun(me, bytes);
		model.addAttribute("report", report);
		model.addAttribute("content", Base64.getEncoder().encodeToString(bytes));
		if ("import".equals(action) && !report.imported()) {
			model.addAttribute("problem", report.fileProblem() != null ? "staffImport.fileRefused" : "staffImport.refused");
		}
		return VIEW;
	}

}
