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

	private final JsonMapper json;

	CatalogService(ModuleVersionRepository versions, LessonBodyRepository bodies, LessonRenderer renderer,
			CompetencyRepository competencies, JsonMapper json) {
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

	@Override
	public Optional<Assessment> assessment(ModuleVersionId version) {
		return versions.findById(version.value())
			.map(ModuleVersion::assessmentJson)
			.map(assessment -> json.readValue(assessment, Assessment.class));
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
		return versions.findWithLessons(ids.stream().map(ModuleVersionId::value).distinct().toList())
			.stream()
			.map(ModuleVersion::outline)
			.collect(Collectors.toMap(ModuleOutline::versionId, Function.identity()));
	}

	@Override
	public Optional<LessonContent> lesson(ModuleVersionId version, String lessonSlug, Locale locale) {
		return versions.findWithLessons(List.of(version.value()))
			.stream()
			.findFirst()
			.map(ModuleVersion::outline)
			.flatMap(outline -> outline.lesson(lessonSlug))
			.flatMap(lesson -> bodies.findById(lesson.id().value())
				.map(body -> new LessonContent(lesson, renderer
					.render(SupportedLanguages.pick(locale, body.markdownFr(), body.markdownEn())))));
	}

}
