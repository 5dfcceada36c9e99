package org.socle.catalog;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The catalogue's public face. */
public interface CatalogApi {

	/** The current version of every published module, ordered by axis then title. */
	List<ModuleOutline> currentModules();

	Optional<ModuleOutline> currentModule(String slug);

	/** A current module with what it says of itself, as the catalogue lists it. */
	record CatalogEntry(ModuleOutline module, ModuleDetails details) {
	}

	/** The current modules matching the query, in a constant number of queries. */
	List<CatalogEntry> search(CatalogQuery query);

	/** Module versions by id in a constant number of queries. */
	Map<ModuleVersionId, ModuleOutline> versions(Collection<ModuleVersionId> ids);

	/** What a version says of itself; empty for versions imported before content format v1. */
	Optional<ModuleDetails> details(ModuleVersionId version);

	/** A version's assessment; empty when the module has none. */
	Optional<Assessment> assessment(ModuleVersionId version);

	/** Every version of a module, newest first; empty when there is no such module. */
	List<VersionHistory.Entry> history(String slug);

	/** What changed between two versions of a module; empty when either does not exist. */
	Optional<VersionHistory.Comparison> compare(String slug, int fromVersion, int toVersion);

	/** Every competency of the imported frameworks, by code. */
	Map<String, Competency> competencies();

	/**
	 * A lesson of a given version, rendered in the reader's language (French when it has no
	 * translation). Empty when the version has no such lesson.
	 */
	Optional<LessonContent> lesson(ModuleVersionId version, String lessonSlug, Locale locale);

}
