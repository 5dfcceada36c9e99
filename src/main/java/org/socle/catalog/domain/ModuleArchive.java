package org.socle.catalog.domain;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.socle.catalog.content.ContentProblem;
import org.socle.catalog.content.ModuleFolderReader;
import org.socle.catalog.content.ModuleMedia;
import org.socle.catalog.domain.ModuleImporter.Outcome;
import org.springframework.stereotype.Service;

/**
 * A module version as a zip in the content format, and back. Export writes the version's files as
 * imported, so a round trip gives the same module. Import is defensive: only plain relative paths
 * of the format, a bounded number of entries and bytes counted while reading (whatever the zip
 * claims), everything unpacked in a temporary folder that is deleted afterwards.
 */
@Service
public class ModuleArchive {

	static final int MAX_ENTRIES = 200;

	static final long MAX_EXPANDED_BYTES = 40L * 1024 * 1024;

	static final long MAX_FILE_BYTES = 1024 * 1024;

	/** A module folder, then module.yml, assessment.yml or lessons/[en/]name.md: nothing else. */
	private static final Pattern ENTRY = Pattern
		.compile("([a-z0-9]+(-[a-z0-9]+)*)/(" + ModuleFiles.PATH.pattern() + "|" + ModuleMedia.PATH.pattern() + ")");

	private static final Pattern FOLDER = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*/((lessons|lessons/en|media)/)?");

	private final ModuleFiles moduleFiles;

	private final ContentImport contentImport;

	private final ModuleImporter importer;

	ModuleArchive(ModuleFiles moduleFiles, ContentImport contentImport, ModuleImporter importer) {
		this.moduleFiles = moduleFiles;
		this.contentImport = contentImport;
		this.importer = importer;
	}

	/** What an upload did: the module imported (or unchanged), or the problems that stopped it. */
	public record UploadResult(Optional<String> module, Optional<Outcome> outcome, List<ContentProblem> problems) {

		/** A refusal before any file was read, e.g. no file chosen. */
		public static UploadResult refusedForm(String code) {
			return refused(code);
		}

		static UploadResult refused(String code, String... arguments) {
			return new UploadResult(Optional.empty(), Optional.empty(),
					List.of(ContentProblem.of(Path.of("archive.zip"), 0, code, arguments)));
		}

	}

	/** The current version of a module as a zip, or empty when there is no such module. */
	public Optional<byte[]> export(String slug) {
		Map<String, String> files = moduleFiles.ofCurrentVersion(slug);
		if (files.isEmpty()) {
			return Optional.empty();
		}
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
			for (Map.Entry<String, String> file : files.entrySet()) {
				zip.putNextEntry(new ZipEntry(slug + "/" + file.getKey()));
				zip.write(file.getValue().getBytes(StandardCharsets.UTF_8));
				zip.closeEntry();
			}
			for (Map.Entry<String, byte[]> medium : moduleFiles.mediaOfCurrentVersion(slug).entrySet()) {
				zip.putNextEntry(new ZipEntry(slug + "/" + medium.getKey()));
				zip.write(medium.getValue());
				zip.closeEntry();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return Optional.of(bytes.toByteArray());
	}

	/** Unpacks an uploaded zip safely, validates the module and imports it. */
	public UploadResult upload(InputStream archive) {
		Path temporary = null;
		try {
			temporary = Files.createTempDirectory("socle-upload-");
			Optional<UploadResult> refusal = unpack(archive, temporary);
			if (refusal.isPresent()) {
				return refusal.get();
			}
			List<Path> folders;
			try (Stream<Path> entries = Files.list(temporary)) {
				folders = entries.toList();
			}
			if (folders.size() != 1) {
				return UploadResult.refused("archive-one-module");
			}
			ModuleFolderReader.Result read = contentImport.moduleReader().read(folders.get(0));
			if (read.module().isEmpty()) {
				return new UploadResult(Optional.empty(), Optional.empty(),
						read.problems().stream().map(problem -> problem.within(folders.get(0))).toList());
			}
			Outcome outcome = importer.importModule(read.module().get(), ModuleImporter.Origin.ARCHIVE);
			return new UploadResult(Optional.of(read.module().get().slug()), Optional.of(outcome), List.of());
		}
		catch (IOException ex) {
			return UploadResult.refused("archive-unreadable", String.valueOf(ex.getMessage()));
		}
		finally {
			ModuleFiles.deleteQuietly(temporary);
		}
	}

	private static Optional<UploadResult> unpack(InputStream archive, Path target) throws IOException {
		int entries = 0;
		long expanded = 0;
		try (ZipInputStream zip = new ZipInputStream(archive, StandardCharsets.UTF_8)) {
			ZipEntry entry;
			while ((entry = zip.getNextEntry()) != null) {
				if (++entries > MAX_ENTRIES) {
					return Optional.of(UploadResult.refused("archive-too-many-files", String.valueOf(MAX_ENTRIES)));
				}
				String name = entry.getName();
				if (entry.isDirectory()) {
					if (!FOLDER.matcher(name).matches()) {
						return Optional.of(UploadResult.refused("archive-bad-path", name));
					}
					continue;
				}
				if (!ENTRY.matcher(name).matches()) {
					return Optional.of(UploadResult.refused("archive-bad-path", name));
				}
				Path file = target.resolve(name).normalize();
				if (!file.startsWith(target)) {
					return Optional.of(UploadResult.refused("archive-bad-path", name));
				}
				Files.createDirectories(file.getParent());
				long perFile = name.contains("/media/") ? ModuleMedia.MAX_BYTES : MAX_FILE_BYTES;
				long written = copyAtMost(zip, file, Math.min(perFile, MAX_EXPANDED_BYTES - expanded));
				if (written < 0) {
					return Optional.of(UploadResult.refused("archive-too-large", String.valueOf(MAX_FILE_BYTES / 1024),
							String.valueOf(MAX_EXPANDED_BYTES / (1024 * 1024))));
				}
				expanded += written;
			}
		}
		catch (ZipException | IllegalArgumentException ex) {
			return Optional.of(UploadResult.refused("archive-unreadable", String.valueOf(ex.getMessage())));
		}
		if (entries == 0) {
			return Optional.of(UploadResult.refused("archive-unreadable", "empty"));
		}
		return Optional.empty();
	}

	/** Copies at most {@code limit} bytes, counting what is really inflated; -1 when there was more. */
	private static long copyAtMost(InputStream in, Path file, long limit) throws IOException {
		byte[] buffer = new byte[8192];
		long total = 0;
		try (OutputStream out = Files.newOutputStream(file)) {
			int read;
			while ((read = in.read(buffer)) != -1) {
				total += read;
				if (total > limit) {
					return -1;
				}
				out.write(buffer, 0, read);
			}
		}
		return total;
	}

}
