package org.socle.catalog.domain;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.socle.catalog.CatalogApi;
import org.socle.catalog.CertificationProgrammeOutline;
import org.socle.catalog.CertificationProgrammesRead;
import org.socle.catalog.CurriculaRead;
import org.socle.catalog.CurriculumOutline;
import org.socle.catalog.ModuleOutline;
import org.socle.catalog.content.CertificationSource;
import org.socle.catalog.content.ContentProblem;
import org.socle.catalog.content.CurriculumSource;
import org.socle.catalog.content.ProgrammeReader;
import org.socle.catalog.content.FrameworkReader;
import org.socle.catalog.content.ModuleFolderReader;
import org.socle.catalog.domain.ModuleImporter.Outcome;
import org.socle.shared.SocleProperties;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

/**
 * Imports {@code content/modules/*} at start-up. A folder with problems is skipped and reported;
 * the other folders are imported and the site starts regardless.
 */
@Component
@Order(ContentImport.ORDER)
public class ContentImport implements ApplicationRunner {

	/** Runs before anything that needs the catalogue, such as demonstration data. */
	public static final int ORDER = 100;

	private static final Logger log = LoggerFactory.getLogger(ContentImport.class);

	private final Path contentDir;

	private final ModuleImporter importer;

	private final CatalogApi catalog;

	private final Clock clock;

	private volatile Report lastReport;

	private final org.springframework.context.ApplicationEventPublisher events;

	ContentImport(SocleProperties properties, ModuleImporter importer, CatalogApi catalog, Clock clock,
			org.springframework.context.ApplicationEventPublisher events) {
		this.events = events;
		this.contentDir = properties.contentDir();
		this.importer = importer;
		this.catalog = catalog;
		this.clock = clock;
		this.lastReport = new Report(null, 0, 0, 0, 0, List.of());
	}

	/** What the last import did. */
	public record Report(Instant finishedAt, int modulesImported, int modulesUnchanged, int curricula,
			int certifications, List<ContentProblem> problems, List<CurriculumOutline> curriculumOutlines,
			List<CertificationProgrammeOutline> programmeOutlines) {

		Report(Instant finishedAt, int modulesImported, int modulesUnchanged, int curricula, int certifications,
				List<ContentProblem> problems) {
			this(finishedAt, modulesImported, modulesUnchanged, curricula, certifications, problems, List.of(), List.of());
		}

	}

	@Override
	public void run(ApplicationArguments args) {
		importAll();
	}

	/** A reader of module folders that knows the competencies of the configured frameworks. */
	public ModuleFolderReader moduleReader() {
		return new ModuleFolderReader(new HashSet<>(catalog.competencies().keySet()));
	}

	/** Imports the configured content folder and keeps the report for the administrators' page. */
	public Report importAll() {
		Report report = importFrom(contentDir);
		lastReport = report;
		events.publishEvent(new CurriculaRead(report.curriculumOutlines()));
		events.publishEvent(new CertificationProgrammesRead(report.programmeOutlines(), report.curriculumOutlines()));
		return report;
	}

	/** Imports the modules of {@code contentRoot}/modules: valid folders are imported, the others reported. */
	public Report importFrom(Path contentRoot) {
		Path modulesDir = contentRoot.resolve("modules");
		List<ContentProblem> problems = new ArrayList<>();
		int imported = 0;
		int unchanged = 0;
		if (!Files.isDirectory(modulesDir)) {
			log.warn("No content folder at {}: the catalogue stays as it is (set socle.content-dir)",
					modulesDir.toAbsolutePath());
			problems.add(ContentProblem.of(modulesDir, 0, "missing-folder"));
		}
		else {
			ModuleFolderReader reader = new ModuleFolderReader(importFrameworks(contentRoot.resolve("frameworks"), problems));
			for (Path folder : moduleFolders(modulesDir, problems)) {
				ModuleFolderReader.Result result = reader.read(folder);
				problems.addAll(result.problems());
				if (result.module().isEmpty()) {
					continue;
				}
				try {
					if (importer.importModule(result.module().get()) == Outcome.UNCHANGED) {
						unchanged++;
					}
					else {
						imported++;
					}
				}
				catch (DataIntegrityViolationException ex) {
					// Another node imported the same module at the same moment: its version stands.
					log.info("Module {} was imported concurrently by another node", folder.getFileName());
					unchanged++;
				}
			}
		}
		problems.forEach(problem -> log.warn("Content problem: {}", problem.describe()));
		int reported = problems.size();
		log.info("Content import from {}: {} imported, {} unchanged, {} problem(s)", modulesDir.toAbsolutePath(),
				imported, unchanged, problems.size());
		Set<String> moduleIds = new HashSet<>(catalog.currentModules().stream().map(ModuleOutline::slug).toList());
		ProgrammeReader programmes = new ProgrammeReader();
		Set<String> curricula = new HashSet<>();
		List<CurriculumOutline> outlines = new ArrayList<>();
		for (Path file : yamlFiles(contentRoot.resolve("curricula"), problems)) {
			ProgrammeReader.Result<CurriculumSource> result = programmes.curriculum(file, moduleIds);
			problems.addAll(result.problems());
			result.value().ifPresent(curriculum -> {
				curricula.add(curriculum.id());
				outlines.add(new CurriculumOutline(curriculum.id(), curriculum.title(), curriculum.summary(),
						curriculum.modules().stream().map(step -> new CurriculumOutline.Step(step.module(), step.required()))
							.toList()));
			});
		}
		List<CertificationProgrammeOutline> programmeOutlines = new ArrayList<>();
		for (Path file : yamlFiles(contentRoot.resolve("certifications"), problems)) {
			ProgrammeReader.Result<CertificationSource> result = programmes.certification(file, moduleIds, curricula);
			problems.addAll(result.problems());
			result.value().map(ContentImport::outline).ifPresent(programmeOutlines::add);
		}
		int certifications = programmeOutlines.size();
		problems.subList(reported, problems.size()).forEach(problem -> log.warn("Content problem: {}", problem.describe()));
		return new Report(clock.instant(), imported, unchanged, curricula.size(), certifications, List.copyOf(problems),
				List.copyOf(outlines), List.copyOf(programmeOutlines));
	}

	private static CertificationProgrammeOutline outline(CertificationSource source) {
		return new CertificationProgrammeOutline(source.id(), source.role(), source.title(), source.description(),
				source.curricula(),
				source.minimumScores().stream()
					.map(score -> new CertificationProgrammeOutline.MinimumScore(score.module(), score.score()))
					.toList(),
				source.evidence().stream()
					.map(piece -> new CertificationProgrammeOutline.Evidence(piece.id(), piece.title(), piece.description()))
					.toList(),
				source.validityMonths(), source.recertificationWindowMonths(), source.graceMonths(),
				source.dpc() == null ? null
						: new CertificationProgrammeOutline.Dpc(source.dpc().actionType(), source.dpc().orientation(),
								source.dpc().method(), source.dpc().durationHours()));
	}

	public Report lastReport() {
		return lastReport;
	}

	/** The YAML files of a folder of programmes; none when the folder does not exist. */
	private static List<Path> yamlFiles(Path folder, List<ContentProblem> problems) {
		if (!Files.isDirectory(folder)) {
			return List.of();
		}
		try (Stream<Path> files = Files.list(folder)) {
			return files.filter(path -> path.toString().endsWith(".yml")).sorted().toList();
		}
		catch (IOException ex) {
			problems.add(ContentProblem.of(folder, 0, "unreadable", String.valueOf(ex.getMessage())));
			return List.of();
		}
	}

	/** Reads and records every framework; returns the competency codes modules may reference. */
	private Set<String> importFrameworks(Path frameworksDir, List<ContentProblem> problems) {
		Set<String> codes = new HashSet<>();
		if (!Files.isDirectory(frameworksDir)) {
			return codes;
		}
		FrameworkReader reader = new FrameworkReader();
		try (Stream<Path> files = Files.list(frameworksDir)) {
			for (Path file : files.filter(path -> path.toString().endsWith(".yml")).sorted().toList()) {
				FrameworkReader.Result result = reader.read(file);
				problems.addAll(result.problems());
				result.framework().ifPresent(framework -> {
					importer.importFramework(framework);
					framework.competencies().forEach(competency -> codes.add(competency.code()));
				});
			}
		}
		catch (IOException ex) {
			problems.add(ContentProblem.of(frameworksDir, 0, "unreadable", String.valueOf(ex.getMessage())));
		}
		return codes;
	}

	private static List<Path> moduleFolders(Path modulesDir, List<ContentProblem> problems) {
		try (Stream<Path> entries = Files.list(modulesDir)) {
			return entries.filter(Files::isDirectory).sorted().toList();
		}
		catch (IOException ex) {
			problems.add(ContentProblem.of(modulesDir, 0, "unreadable", String.valueOf(ex.getMessage())));
			return List.of();
		}
	}

}
