package org.socle.shared.theme;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;

import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** Serves the active theme's tokens as a stylesheet and its logo. Public: the login page needs them. */
@Controller
class ThemeController {

	private static final MediaType CSS = MediaType.valueOf("text/css;charset=UTF-8");

	private final ActiveTheme activeTheme;

	ThemeController(ActiveTheme activeTheme) {
		this.activeTheme = activeTheme;
	}

	@GetMapping("/theme/tokens.css")
	ResponseEntity<String> tokens() {
		return ResponseEntity.ok()
			.contentType(CSS)
			.cacheControl(CacheControl.maxAge(Duration.ofHours(1)))
			.body(activeTheme.theme().tokensStylesheet());
	}

	@GetMapping("/theme/logo")
	ResponseEntity<Resource> logo() throws IOException {
		Theme theme = activeTheme.theme();
		if (!theme.hasLogo()) {
			return ResponseEntity.notFound().build();
		}
		String file = theme.logo().getFileName().toString();
		MediaType type = file.endsWith(".svg") ? MediaType.valueOf("image/svg+xml") : MediaType.IMAGE_PNG;
		return ResponseEntity.ok()
			.contentType(type)
			.contentLength(Files.size(theme.logo()))
			.cacheControl(CacheControl.maxAge(Duration.ofHours(1)))
			// An SVG opened on its own must not run anything it might contain.
			.header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; sandbox")
			.body(new FileSystemResource(theme.logo()));
	}

}
