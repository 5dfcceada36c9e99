package org.socle.catalog.web;

import org.socle.catalog.domain.Authoring;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The images and documents of published module versions, for anyone signed in who reads the catalogue. */
@Controller
class VersionMediaController {

	private final Authoring authoring;

	VersionMediaController(Authoring authoring) {
		this.authoring = authoring;
	}

	@GetMapping("/catalog/versions/{versionId}/media/{file}")
	ResponseEntity<byte[]> media(@PathVariable long versionId, @PathVariable String file) {
		return MediaResponses.of(authoring.versionMedia(versionId, "media/" + file), true);
	}

}
