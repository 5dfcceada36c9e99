package org.socle.catalog.web;

import java.time.Duration;
import java.util.Optional;

import org.socle.catalog.domain.Authoring.MediaFile;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.server.ResponseStatusException;

/**
 * How module media leave the server: the type found in their content, a file name, images shown
 * inline and documents downloaded, and a policy that lets nothing in them run, even if a browser
 * were fooled about what they are.
 */
final class MediaResponses {

	static final String SANDBOX = "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox";

	private MediaResponses() {
	}

	/** @param published immutable (a published version's file) or not (a draft's, which may change) */
	static ResponseEntity<byte[]> of(Optional<MediaFile> media, boolean published) {
		MediaFile file = media.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		ContentDisposition disposition = (file.image() ? ContentDisposition.inline() : ContentDisposition.attachment())
			.filename(file.fileName())
			.build();
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
			.header("Content-Security-Policy", SANDBOX)
			.cacheControl(published ? CacheControl.maxAge(Duration.ofDays(365)).cachePrivate().immutable()
					: CacheControl.noStore())
			.body(file.bytes());
	}

}
