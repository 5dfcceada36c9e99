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

	ModuleFiles(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
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
	static ModuleFolderReader.Result read(ModuleFolderReader reader, String slug, Map<String, String> files) {
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
