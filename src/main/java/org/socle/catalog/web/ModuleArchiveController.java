package org.socle.catalog.web;

import java.io.IOException;

import org.socle.catalog.domain.ModuleArchive;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

/** Trainers and administrators export a module as a zip in the content format, and import one. */
@Controller
class ModuleArchiveController {

	private final ModuleArchive archive;

	ModuleArchiveController(ModuleArchive archive) {
		this.archive = archive;
	}

	@GetMapping("/modules/{slug}/export")
	ResponseEntity<byte[]> export(@PathVariable String slug) {
		byte[] zip = archive.export(slug).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("application/zip"))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(slug + ".zip").build().toString())
			.body(zip);
	}

	@GetMapping("/authoring/import")
	String importForm() {
		return "catalog/import";
	}

	@PostMapping("/authoring/import")
	String importZip(@RequestParam(name = "archive", required = false) MultipartFile file, Model model)
			throws IOException {
		if (file == null || file.isEmpty()) {
			model.addAttribute("result", ModuleArchive.UploadResult.refusedForm("archive-missing"));
			return "catalog/import";
		}
		model.addAttribute("result", archive.upload(file.getInputStream()));
		return "catalog/import";
	}

}
