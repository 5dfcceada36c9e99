package org.socle.catalog.domain;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.socle.catalog.Assessment;
import org.socle.catalog.CatalogApi;
import org.socle.catalog.CatalogQuery;
import org.socle.catalog.Competency;
import org.socle.catalog.LessonContent;
import org.socle.catalog.ModuleDetails;
import org.socle.catalog.ModuleOutline;
import org.socle.catalog.ModuleVersionId;
import org.socle.catalog.VersionHistory;
import org.socle.shared.i18n.SupportedLanguages;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
public class CatalogService implements CatalogApi {

	private static final Comparator<ModuleOutline> BY_AXIS_THEN_TITLE = Comparator
		.comparing(ModuleOutline::axis)
		.thenComparing(ModuleOutline::titleFr);

	private final ModuleVersionRepository versions;

	private final LessonBodyRepository bodies;

	private final LessonRenderer renderer;

	private final CompetencyRepository competencies;

	private final CatalogModuleRepository modules;

	private final JsonMapper json;

	CatalogService(ModuleVersionRepository versions, LessonBodyRepository bodies, LessonRenderer renderer,
			CompetencyRepository competencies, CatalogModuleRepository modules, JsonMapper json) {
		this.modules = modules;
		this.versions = versions;
		this.bodies = bodies;
		this.renderer = renderer;
		this.competencies = competencies;
		this.json = json;
	}

	@Override
	public Optional<ModuleDetails> details(ModuleVersionId version) {
		return versions.findById(version.value()).map(this::details);
	}

	/**
	 * A published version never changes, so what is read of it once is kept: every node reads the same
	 * database and would read the same thing. Bounded by the number of versions.
	 */
	private final Map<ModuleVersionId, Optional<Assessment>> assessments = new java.util.concurrent.ConcurrentHashMap<>();

	private final Map<ModuleVersionId, ModuleOutline> outlines = new java.util.concurrent.ConcurrentHashMap<>();

	@Override
	public Optional<Assessment> assessment(ModuleVersionId version) {
		Optional<Assessment> known = assessments.get(version);
		if (known != null) {
			return known;
		}
		Optional<Assessment> read = versions.findById(version.value())
			.map(ModuleVersion::assessmentJson)
			.map(assessment -> json.readValue(assessment, Assessment.class));
		if (read.isPresent()) {
			assessments.put(version, read);
		}
		return read;
	}

	@Override
	public List<VersionHistory.Entry> history(String slug) {
		Long current = modules.findCurrentVersionId(slug).orElse(null);
		return versions.findAllOfModule(slug)
			.stream()
			.sorted(Comparator.comparingInt(ModuleVersion::versionNumber).reversed())
			.map(version -> new VersionHistory.Entry(new ModuleVersionId(version.id()), version.versionNumber(),
					version.importedAt(), version.lessons().size(), version.id().equals(current)))
			.toList();
	}

	@Override
	public Optional<VersionHistory.Comparison> compare(String slug, int fromVersion, int toVersion) {
		Map<Integer, ModuleVersion> all = versions.findAllOfModule(slug)
			.stream()
			.collect(Collectors.toMap(ModuleVersion::versionNumber, Function.identity()));
		ModuleVersion from = all.get(fromVersion);
		ModuleVersion to = all.get(toVersion);
		if (from == null || to == null) {
			return Optional.empty();
		}
		List<Long> lessonIds = new java.util.ArrayList<>();
		from.lessons().forEach(lesson -> lessonIds.add(lesson.id()));
		to.lessons().forEach(lesson -> lessonIds.add(lesson.id()));
		Map<Long, LessonBody> texts = bodies.findByLessonIdIn(lessonIds)
			.stream()
			.collect(Collectors.toMap(LessonBody::lessonId, Function.identity()));
		Map<String, Lesson> before = from.lessons().stream().collect(Collectors.toMap(Lesson::slug, Function.identity()));
		List<VersionHistory.LessonChange> changes = new java.util.ArrayList<>();
		for (Lesson lesson : to.lessons()) {
			Lesson old = before.remove(lesson.slug());
			VersionHistory.Change change = old == null ? VersionHistory.Change.ADDED
					: old.sameTitlesAs(lesson) && sameText(texts.get(old.id()), texts.get(lesson.id()))
							? VersionHistory.Change.UNCHANGED : VersionHistory.Change.CHANGED;
			changes.add(new VersionHistory.LessonChange(lesson.slug(), lesson.ref().titleFr(), lesson.ref().titleEn(), change));
		}
		before.values()
			.forEach(lesson -> changes.add(new VersionHistory.LessonChange(lesson.slug(), lesson.ref().titleFr(),
					lesson.ref().titleEn(), VersionHistory.Change.REMOVED)));
		return Optional.of(new VersionHistory.Comparison(fromVersion, toVersion, to.describesDifferentlyFrom(from),
				List.copyOf(changes)));
	}

	private static boolean sameText(LessonBody a, LessonBody b) {
		return a != null && b != null && a.markdownFr().equals(b.markdownFr())
				&& java.util.Objects.equals(a.markdownEn(), b.markdownEn());
	}

	@Override
	public Map<String, Competency> competencies() {
		return competencies.findAll()
			.stream()
			.map(CompetencyEntry::competency)
			.collect(Collectors.toMap(Competency::code, Function.identity(), (a, b) -> a, java.util.TreeMap::new));
	}

	@Override
	public List<ModuleOutline> currentModules() {
		return versions.findCurrent().stream().map(ModuleVersion::outline).sorted(BY_AXIS_THEN_TITLE).toList();
	}

	@Override
	public List<CatalogEntry> search(CatalogQuery query) {
		return versions.findCurrent()
			.stream()
			.map(version -> new CatalogEntry(version.outline(), details(version)))
			.filter(entry -> query.matches(entry.module(), entry.details()))
			.sorted(java.util.Comparator.comparing(CatalogEntry::module, BY_AXIS_THEN_TITLE))
			.toList();
	}

	private ModuleDetails details(ModuleVersion version) {
		return version.detailsJson() == null ? null : json.readValue(version.detailsJson(), ModuleDetails.class);
	}

	@Override
	public Optional<ModuleOutline> currentModule(String slug) {
		return versions.findCurrentBySlug(slug).map(ModuleVersion::outline);
	}

	@Override
	public Map<ModuleVersionId, ModuleOutline> versions(Collection<ModuleVersionId> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		List<Long> missing = ids.stream().filter(id -> !outlines.containsKey(id)).map(ModuleVersionId::value).distinct().toList();
		if (!missing.isEmpty()) {
			versions.findWithLessons(missing)
				.stream()
				.map(ModuleVersion::outline)
				.forEach(outline -> outlines.put(outline.versionId(), outline));
		}
		return ids.stream()
			.distinct()
			.filter(outlines::containsKey)
			.collect(Collectors.toMap(Function.identity(), outlines::get));
	}

	@Override
	public Optional<LessonContent> lesson(ModuleVersionId version, String lessonSlug, Locale locale) {
		return versions.findWithLessons(List.of(version.value()))
			.stream()
			.findFirst()
			.map(ModuleVersion::outline)
			.flatMap(outline -> outline.lesson(lessonSlug))
			.flatMap(lesson -> bodies.findById(lesson.id().value())
				.map(body -> new LessonContent(lesson, renderer.render(
						SupportedLanguages.pick(locale, body.markdownFr(), body.markdownEn()),
						"/catalog/versions/" + version.value() + "/"))));
	}

}
