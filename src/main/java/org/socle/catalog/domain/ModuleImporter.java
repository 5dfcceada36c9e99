package org.socle.catalog.domain;

import java.time.Clock;

import org.socle.catalog.content.Framework;
import org.socle.catalog.content.ModuleSource;
import org.socle.catalog.content.ModuleSource.LessonSource;
import org.socle.catalog.domain.ModuleVersion.ModuleText;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;
import org.springframework.transaction.annotation.Transactional;

/**
 * Turns a module read from files into a published version. Importing the same files again changes
 * nothing; changed files become a new version and the previous ones stay as they were.
 */
@Service
public class ModuleImporter {

	/** What an import did to one module. */
	public enum Outcome {
		CREATED, NEW_VERSION, UNCHANGED
	}

	/** Where a version comes from. */
	public enum Origin {

		/** The {@code content/} folder, re-read at every start. */
		FILES,
		/** A module archive uploaded by a trainer. */
		ARCHIVE,
		/** A draft approved by another trainer in the browser. */
		REVIEW;

		String code() {
			return name().toLowerCase(java.util.Locale.ROOT);
		}

	}

	private final CatalogModuleRepository modules;

	private final ModuleVersionRepository versions;

	private final LessonBodyRepository bodies;

	private final CompetencyRepository competencies;

	private final JsonMapper json;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private final MediaStore mediaStore;

	ModuleImporter(MediaStore mediaStore, CatalogModuleRepository modules, ModuleVersionRepository versions, LessonBodyRepository bodies,
			CompetencyRepository competencies, JsonMapper json, JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.mediaStore = mediaStore;
		this.modules = modules;
		this.versions = versions;
		this.bodies = bodies;
		this.competencies = competencies;
		this.json = json;
		this.clock = clock;
	}

	/** Records a framework's competencies, replacing their titles if they changed. */
	@Transactional
	public void importFramework(Framework framework) {
		framework.competencies().forEach(competency -> competencies.save(new CompetencyEntry(framework.id(), competency)));
	}

	/** Imports a module read from the {@code content/} folder. */
	@Transactional
	public Outcome importModule(ModuleSource source) {
		return importModule(source, Origin.FILES);
	}

	/**
	 * Publishes the module as a new version unless nothing changed: the same files as the current
	 * version, or, from the {@code content/} folder, the same files as the last version imported from
	 * it (so that a restart does not undo a version published since from the browser).
	 */
	@Transactional
	public Outcome importModule(ModuleSource source, Origin origin) {
		CatalogModule module = modules.findBySlug(source.slug())
			.orElseGet(() -> modules.save(new CatalogModule(source.slug(), clock.instant())));
		boolean isNew = module.currentVersionId() == null;
		if (!isNew && versions.findById(module.currentVersionId())
			.map(current -> current.contentHash().equals(source.contentHash()))
			.orElse(false)) {
			return Outcome.UNCHANGED;
		}
		if (!isNew && origin == Origin.FILES && versions.findHashesOfOrigin(source.slug(), Origin.FILES.code())
			.stream()
			.findFirst()
			.filter(source.contentHash()::equals)
			.isPresent()) {
			return Outcome.UNCHANGED;
		}
		ModuleVersion version = new ModuleVersion(module, module.nextVersionNumber(), source.contentHash(),
				new ModuleText(source.titleFr(), source.titleEn(), source.summaryFr(), source.summaryEn(),
						source.axis(), source.durationMinutes()),
				json.writeValueAsString(source.details()),
				source.assessment() == null ? null : json.writeValueAsString(source.assessment()), origin.code(),
				clock.instant());
		int position = 1;
		for (LessonSource lesson : source.lessons()) {
			version.addLesson(new Lesson(position++, lesson.slug(), lesson.titleFr(), lesson.titleEn()));
		}
		versions.save(version);
		for (int i = 0; i < source.lessons().size(); i++) {
			LessonSource lesson = source.lessons().get(i);
			bodies.save(new LessonBody(version.lessonAt(i).id(), lesson.markdownFr(), lesson.markdownEn()));
		}
		source.details().competencies().forEach(code -> versions.tagWithCompetency(version.id(), code));
		jdbc.batchUpdate("insert into catalog_version_file (version_id, path, content) values (?, ?, ?)",
				source.files().entrySet().stream().map(file -> new Object[] { version.id(), file.getKey(), file.getValue() })
					.toList());
		mediaStore.attachToVersion(version.id(), source.media());
		module.publish(version);
		return isNew ? Outcome.CREATED : Outcome.NEW_VERSION;
	}

}
