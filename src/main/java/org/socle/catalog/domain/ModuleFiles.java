package org.socle.catalog.domain;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.socle.catalog.content.ModuleFolderReader;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The files a module is made of, wherever they are kept (the {@code content/} folder, an archive, a
 * published version, a draft): the same names, checked by the same reader.
 */
@Component
class ModuleFiles {

	/** module.yml, assessment.yml or lessons/[en/]name.md: nothing else belongs to a module. */
	static final Pattern PATH = Pattern
		.compile("module\\.yml|assessment\\.yml|lessons/(en/)?[a-z0-9]+(-[a-z0-9]+)*\\.md");

	private final JdbcTemplate jdbc;

	private final MediaStore mediaStore;

	ModuleFiles(JdbcTemplate jdbc, MediaStore mediaStore) {
		this.jdbc = jdbc;
		this.mediaStore = mediaStore;
	}

	/** The media of a module's current version, by path. */
	Map<String, byte[]> mediaOfCurrentVersion(String slug) {
		return currentVersionId(slug).map(mediaStore::allOfVersion).orElse(Map.of());
	}

	/** The media of a module's current version as stored hashes, by path: a revision starts with them. */
	Map<String, String> mediaHashesOfCurrentVersion(String slug) {
		Map<String, String> media = new LinkedHashMap<>();
		jdbc.query("select v.path, v.sha256 from catalog_version_media v join catalog_module m"
				+ " on m.current_version_id = v.version_id where m.slug = ? order by v.path", row -> {
					media.put(row.getString("path"), row.getString("sha256"));
				}, slug);
		return media;
	}

	private java.util.Optional<Long> currentVersionId(String slug) {
		return jdbc.query("select current_version_id from catalog_module where slug = ?",
				(row, number) -> row.getLong(1), slug).stream().findFirst();
	}

	/** The files of a module's current version, by path; empty when there is no such module. */
	Map<String, String> ofCurrentVersion(String slug) {
		Map<String, String> files = new LinkedHashMap<>();
		jdbc.query("select f.path, f.content from catalog_version_file f"
				+ " join catalog_module m on m.current_version_id = f.version_id where m.slug = ? order by f.path",
				row -> {
					files.put(row.getString("path"), row.getString("content"));
				}, slug);
		return files;
	}

	/**
	 * Reads files kept outside a folder exactly as the importer reads a folder: they are written to a
	 * temporary folder named after the module, read, and removed. Problems name files relative to the
	 * module folder, as the author knows them.
	 */
	static ModuleFolderReader.Result read(ModuleFolderReader reader, String slug, Map<String, String> files,
			Map<String, byte[]> media) {
		Path temporary = null;
		try {
			temporary = Files.createTempDirectory("socle-module-");
			Path folder = Files.createDirectory(temporary.resolve(slug));
			for (Map.Entry<String, String> file : files.entrySet()) {
				if (!PATH.matcher(file.getKey()).matches()) {
					throw new IllegalArgumentException("Not a file of a module: " + file.getKey());
				}
				Path target = folder.resolve(file.getKey());
				Files.createDirectories(target.getParent());
				Files.writeString(target, file.getValue(), StandardCharsets.UTF_8);
			}
			for (Map.Entry<String, byte[]> medium : media.entrySet()) {
				if (!org.socle.catalog.content.ModuleMedia.PATH.matcher(medium.getKey()).matches()) {
					throw new IllegalArgumentException("Not a media file of a module: " + medium.getKey());
				}
				Path target = folder.resolve(medium.getKey());
				Files.createDirectories(target.getParent());
				Files.write(target, medium.getValue());
			}
			ModuleFolderReader.Result read = reader.read(folder);
			return new ModuleFolderReader.Result(read.module(),
					read.problems().stream().map(problem -> problem.within(folder)).toList());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			deleteQuietly(temporary);
		}
	}

	static void deleteQuietly(Path folder) {
		if (folder == null) {
			return;
		}
		try (Stream<Path> files = Files.walk(folder)) {
			files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
		}
		catch (IOException ex) {
			// a temporary folder left behind is cleaned by the system
		}
	}

}
