package org.socle.catalog.domain;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.socle.catalog.content.ModuleMedia;
import org.socle.shared.text.Digests;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps module media once per content (its SHA-256) in the shared database, and which version or draft
 * shows which file under which name. Every write is idempotent: the same bytes are stored once.
 */
@Component
class MediaStore {

	/** A stored file as served: its type comes from its content, checked when it was stored. */
	record StoredMedia(String path, String contentType, byte[] bytes) {
	}

	private final JdbcTemplate jdbc;

	private final Clock clock;

	MediaStore(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Stores checked bytes and returns their hash; storing them again changes nothing. */
	String store(byte[] bytes) {
		ModuleMedia.Kind kind = ModuleMedia.sniff(bytes)
			.orElseThrow(() -> new IllegalArgumentException("Only checked media are stored"));
		String sha256 = sha256(bytes);
		jdbc.update("insert ignore into catalog_media (sha256, content_type, size_bytes, content, created_at)"
				+ " values (?, ?, ?, ?, ?)", sha256, kind.contentType(), bytes.length, bytes,
				Timestamp.from(clock.instant()));
		return sha256;
	}

	void attachToVersion(long versionId, Map<String, byte[]> media) {
		media.forEach((path, bytes) -> jdbc.update(
				"insert into catalog_version_media (version_id, path, sha256) values (?, ?, ?)", versionId, path,
				store(bytes)));
	}

	Optional<StoredMedia> ofVersion(long versionId, String path) {
		return one("select m.content_type, m.content from catalog_version_media v join catalog_media m"
				+ " on m.sha256 = v.sha256 where v.version_id = ? and v.path = ?", path, versionId, path);
	}

	Optional<StoredMedia> ofDraft(long draftId, String path) {
		return one("select m.content_type, m.content from catalog_draft_media d join catalog_media m"
				+ " on m.sha256 = d.sha256 where d.draft_id = ? and d.path = ?", path, draftId, path);
	}

	/** Every media file of a version, by path: for exports and revisions. */
	Map<String, byte[]> allOfVersion(long versionId) {
		Map<String, byte[]> media = new TreeMap<>();
		jdbc.query("select v.path, m.content from catalog_version_media v join catalog_media m on m.sha256 = v.sha256"
				+ " where v.version_id = ?", row -> {
					media.put(row.getString("path"), row.getBytes("content"));
				}, versionId);
		return media;
	}

	/** The bytes of stored hashes, by hash. */
	Map<String, byte[]> contents(List<String> hashes) {
		Map<String, byte[]> contents = new TreeMap<>();
		for (String hash : hashes) {
			jdbc.query("select content from catalog_media where sha256 = ?",
					row -> {
						contents.put(hash, row.getBytes("content"));
					}, hash);
		}
		return contents;
	}

	private Optional<StoredMedia> one(String sql, String path, Object... arguments) {
		return jdbc.query(sql, (row, number) -> new StoredMedia(path, row.getString("content_type"),
				row.getBytes("content")), arguments).stream().findFirst();
	}

	static String sha256(byte[] bytes) {
		return Digests.sha256Hex(bytes);
	}

}
