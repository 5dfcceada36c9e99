package org.socle.curriculum.domain;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.socle.catalog.CatalogApi;
import org.socle.catalog.CurriculumOutline;
import org.socle.catalog.ModuleDetails.Text;
import org.socle.catalog.ModuleOutline;
import org.socle.identity.Role;
import org.socle.identity.SoclePrincipal;
import org.socle.organisation.OrganisationApi;
import org.socle.organisation.RegionSummary;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Curricula as coordinators and administrators see and build them in the browser: those of the
 * content (read-only here) and those built for a region within their scope. A curriculum built in
 * the browser belongs to a region; only whoever steers that region (or an administrator) changes it,
 * and every change is a new version. A curriculum outside someone's scope is, for them, one that
 * does not exist.
 */
@Service
public class Curricula {

	static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

	static final int SLUG_MAX = 100;

	static final int TITLE_MAX = 300;

	static final int SUMMARY_MAX = 2000;

	/** The most modules a curriculum orders. */
	public static final int STEPS_MAX = 100;

	/** Slugs that name pages rather than curricula. */
	private static final Set<String> RESERVED = Set.of("new");

	private final CurriculumVersions versions;

	private final OrganisationApi organisation;

	private final CatalogApi catalog;

	private final JdbcTemplate jdbc;

	private final java.time.Clock clock;

	Curricula(CurriculumVersions versions, OrganisationApi organisation, CatalogApi catalog, JdbcTemplate jdbc,
			java.time.Clock clock) {
		this.versions = versions;
		this.organisation = organisation;
		this.catalog = catalog;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * What a coordinator writes: the slug only counts when creating; blank texts are no text.
	 *
	 * @param ownerRegion the region that will own a new curriculum (ignored when revising)
	 */
	public record Draft(String slug, String titleFr, String titleEn, String summaryFr, String summaryEn, Long ownerRegion,
			List<CurriculumOutline.Step> steps) {
	}

	/** One thing wrong with a draft: the form field it concerns and the rule it breaks. */
	public record Problem(String field, String code, String argument) {

		public String messageKey() {
			return "curricula.rule." + code;
		}

	}

	/** Why a draft was not saved; nothing was stored. */
	public static class CurriculumRefused extends RuntimeException {

		private final transient List<Problem> problems;

		CurriculumRefused(List<Problem> problems) {
			super("Curriculum refused: " + problems.stream().map(Problem::code).collect(Collectors.joining(", ")));
			this.problems = List.copyOf(problems);
		}

		public List<Problem> problems() {
			return problems;
		}

	}

	/** No such curriculum for this person: it does not exist, or it belongs to a region outside their scope. */
	public static class UnknownCurriculum extends RuntimeException {

		UnknownCurriculum(String slug) {
			super("No curriculum " + slug + " within the scope");
		}

	}

	/** A content curriculum: it changes through its file only. */
	public static class ReadOnlyCurriculum extends RuntimeException {

		ReadOnlyCurriculum(String slug) {
			super("Curriculum " + slug + " comes from the content and is read-only in the browser");
		}

	}

	/** What a save did: the latest version, and whether it is new (false: same content as before). */
	public record Saved(String slug, int version, boolean changed) {
	}

	/** A curriculum in a list: its current version, origin and owner. */
	public record Listed(String slug, String titleFr, String titleEn, int modules, int version, CurriculumOrigin origin,
			String ownerRegion) {

		public String title(java.util.Locale locale) {
			return org.socle.shared.i18n.SupportedLanguages.pick(locale, titleFr, titleEn);
		}

	}

	/** One version of a curriculum with who saved it (empty for versions read from the content). */
	public record Version(int number, String titleFr, String titleEn, String summaryFr, String summaryEn, Instant savedAt,
			Long savedBy, List<CurriculumOutline.Step> steps) {

		public String title(java.util.Locale locale) {
			return org.socle.shared.i18n.SupportedLanguages.pick(locale, titleFr, titleEn);
		}

		public String summary(java.util.Locale locale) {
			return org.socle.shared.i18n.SupportedLanguages.pick(locale, summaryFr, summaryEn);
		}

	}

	/**
	 * A curriculum as its page shows it.
	 *
	 * @param editable whether this person may change it: built in the browser for a region they steer
	 * @param versions newest first; the first is the current one
	 */
	public record Details(String slug, CurriculumOrigin origin, Long ownerRegionId, String ownerRegion, boolean editable,
			List<Version> versions) {

		public Version current() {
			return versions.get(0);
		}

	}

	/** The curricula this person may use, by title: the content's, and those of the regions within their scope. */
	@Transactional(readOnly = true)
	public List<Listed> listedFor(SoclePrincipal viewer) {
		List<RegionSummary> regions = organisation.regionsVisibleTo(viewer);
		Map<Long, String> names = regionNames(regions);
		return jdbc.query("select v.slug, v.title_fr, v.title_en, v.version_number, c.origin, c.owner_region_id,"
				+ " (select count(*) from curriculum_step s where s.version_id = v.id) modules"
				+ " from curriculum_version v join curriculum c on c.slug = v.slug"
				+ " where v.version_number = (select max(w.version_number) from curriculum_version w where w.slug = v.slug)"
				+ " and " + CurriculumVersions.visibleCondition(regions) + " order by v.title_fr, v.slug",
				(row, i) -> new Listed(row.getString("slug"), row.getString("title_fr"), row.getString("title_en"),
						row.getInt("modules"), row.getInt("version_number"), CurriculumOrigin.of(row.getString("origin")),
						names.get(row.getObject("owner_region_id", Long.class))));
	}

	/** A curriculum with all its versions, if this person may see it. */
	@Transactional(readOnly = true)
	public Optional<Details> find(SoclePrincipal viewer, String slug) {
		List<RegionSummary> visible = organisation.regionsVisibleTo(viewer);
		Optional<CurriculumVersions.Claim> claim = jdbc.query("select origin, owner_region_id from curriculum where slug = ?",
				(row, i) -> new CurriculumVersions.Claim(CurriculumOrigin.of(row.getString(1)),
						row.getObject(2, Long.class)),
				slug).stream().findFirst();
		if (claim.isEmpty() || !within(claim.get(), visible)) {
			return Optional.empty();
		}
		List<Version> all = history(slug);
		if (all.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(new Details(slug, claim.get().origin(), claim.get().ownerRegionId(),
				regionNames(visible).get(claim.get().ownerRegionId()), mayEdit(viewer, claim.get()), all));
	}

	/** The regions this person may build curricula for: those they steer, all for an administrator. */
	@Transactional(readOnly = true)
	public List<RegionSummary> ownerRegionsFor(SoclePrincipal author) {
		return organisation.regionsSteeredBy(author);
	}

	/**
	 * Creates a curriculum owned by one of the author's regions, as its version 1.
	 *
	 * @throws CurriculumRefused with every problem of the draft; nothing is stored
	 */
	@Transactional
	public Saved create(SoclePrincipal author, Draft draft) {
		List<Problem> problems = new ArrayList<>();
		String slug = draft.slug() == null ? "" : draft.slug().strip();
		if (slug.isEmpty()) {
			problems.add(new Problem("slug", "slug-required", null));
		}
		else if (slug.length() > SLUG_MAX || !SLUG.matcher(slug).matches()) {
			problems.add(new Problem("slug", "slug-invalid", null));
		}
		else if (RESERVED.contains(slug) || exists(slug)) {
			problems.add(new Problem("slug", "slug-taken", slug));
		}
		if (draft.ownerRegion() == null
				|| ownerRegionsFor(author).stream().noneMatch(region -> region.id() == draft.ownerRegion())) {
			problems.add(new Problem("ownerRegion", "owner-region", null));
		}
		problems.addAll(contentProblems(draft));
		if (!problems.isEmpty()) {
			throw new CurriculumRefused(problems);
		}
		try {
			jdbc.update("insert into curriculum (slug, origin, owner_region_id, created_by, created_at)"
					+ " values (?, 'browser', ?, ?, ?)", slug, draft.ownerRegion(), author.personId().value(),
					LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
		}
		catch (DuplicateKeyException ex) {
			// taken a moment ago, by the content import or by another coordinator
			throw new CurriculumRefused(List.of(new Problem("slug", "slug-taken", slug)));
		}
		versions.lockCurriculum(slug);
		CurriculumVersions.Appended appended = versions.append(outline(slug, draft), author.personId());
		return new Saved(slug, appended.number(), true);
	}

	/**
	 * Saves a curriculum the author may change as its next version; the same content as the latest
	 * version stores nothing.
	 *
	 * @throws UnknownCurriculum  when it does not exist or is outside the author's scope
	 * @throws ReadOnlyCurriculum when it comes from the content
	 * @throws CurriculumRefused  with every problem of the draft; nothing is stored
	 */
	@Transactional
	public Saved revise(SoclePrincipal author, String slug, Draft draft) {
		CurriculumVersions.Claim claim = versions.lockCurriculum(slug)
			.filter(found -> within(found, organisation.regionsVisibleTo(author)))
			.orElseThrow(() -> new UnknownCurriculum(slug));
		if (claim.origin() == CurriculumOrigin.CONTENT) {
			throw new ReadOnlyCurriculum(slug);
		}
		if (!mayEdit(author, claim)) {
			throw new UnknownCurriculum(slug);
		}
		List<Problem> problems = contentProblems(draft);
		if (!problems.isEmpty()) {
			throw new CurriculumRefused(problems);
		}
		CurriculumVersions.Appended appended = versions.append(outline(slug, draft), author.personId());
		return new Saved(slug, appended.number(), appended.created());
	}

	/** What is wrong with a draft's texts and modules, whatever the curriculum. */
	List<Problem> contentProblems(Draft draft) {
		List<Problem> problems = new ArrayList<>();
		if (blank(draft.titleFr())) {
			problems.add(new Problem("titleFr", "title-required", null));
		}
		else if (draft.titleFr().strip().length() > TITLE_MAX) {
			problems.add(new Problem("titleFr", "title-too-long", String.valueOf(TITLE_MAX)));
		}
		if (!blank(draft.titleEn()) && draft.titleEn().strip().length() > TITLE_MAX) {
			problems.add(new Problem("titleEn", "title-too-long", String.valueOf(TITLE_MAX)));
		}
		if (!blank(draft.summaryFr()) && draft.summaryFr().strip().length() > SUMMARY_MAX) {
			problems.add(new Problem("summaryFr", "summary-too-long", String.valueOf(SUMMARY_MAX)));
		}
		if (!blank(draft.summaryEn()) && draft.summaryEn().strip().length() > SUMMARY_MAX) {
			problems.add(new Problem("summaryEn", "summary-too-long", String.valueOf(SUMMARY_MAX)));
		}
		List<CurriculumOutline.Step> steps = draft.steps() == null ? List.of() : draft.steps();
		if (steps.isEmpty()) {
			problems.add(new Problem("steps", "modules-required", null));
			return problems;
		}
		if (steps.size() > STEPS_MAX) {
			problems.add(new Problem("steps", "too-many-modules", String.valueOf(STEPS_MAX)));
		}
		if (steps.stream().noneMatch(CurriculumOutline.Step::required)) {
			problems.add(new Problem("steps", "required-module-missing", null));
		}
		Set<String> published = catalog.currentModules().stream().map(ModuleOutline::slug).collect(Collectors.toSet());
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < steps.size(); i++) {
			String module = steps.get(i).module();
			if (blank(module) || !published.contains(module)) {
				problems.add(new Problem("step-" + i + "-required", "unknown-module", String.valueOf(module)));
			}
			else if (!seen.add(module)) {
				problems.add(new Problem("step-" + i + "-required", "duplicate-module", module));
			}
		}
		return problems;
	}

	private List<Version> history(String slug) {
		record Row(long id, int number, String titleFr, String titleEn, String summaryFr, String summaryEn, Instant savedAt,
				Long savedBy) {
		}
		List<Row> rows = jdbc.query("select id, version_number, title_fr, title_en, summary_fr, summary_en, created_at,"
				+ " saved_by from curriculum_version where slug = ? order by version_number desc",
				(row, i) -> new Row(row.getLong(1), row.getInt(2), row.getString(3), row.getString(4), row.getString(5),
						row.getString(6), row.getObject(7, LocalDateTime.class).toInstant(ZoneOffset.UTC),
						row.getObject(8, Long.class)),
				slug);
		Map<Long, List<CurriculumOutline.Step>> steps = new HashMap<>();
		versions.versions(rows.stream().map(Row::id).toList()).forEach(version -> steps.put(version.id(), version.steps()));
		return rows.stream()
			.map(row -> new Version(row.number(), row.titleFr(), row.titleEn(), row.summaryFr(), row.summaryEn(),
					row.savedAt(), row.savedBy(), steps.getOrDefault(row.id(), List.of())))
			.toList();
	}

	private boolean exists(String slug) {
		return jdbc.queryForObject("select count(*) from curriculum where slug = ?", Integer.class, slug) > 0;
	}

	/** Content curricula are everyone's; a browser one is seen within the scope of its region. */
	private static boolean within(CurriculumVersions.Claim claim, List<RegionSummary> regions) {
		return claim.origin() == CurriculumOrigin.CONTENT
				|| regions.stream().anyMatch(region -> region.id() == claim.ownerRegionId());
	}

	private boolean mayEdit(SoclePrincipal author, CurriculumVersions.Claim claim) {
		if (claim.origin() != CurriculumOrigin.BROWSER) {
			return false;
		}
		return author.hasRole(Role.ADMIN)
				|| ownerRegionsFor(author).stream().anyMatch(region -> region.id() == claim.ownerRegionId());
	}

	private static CurriculumOutline outline(String slug, Draft draft) {
		Text summary = blank(draft.summaryFr()) && blank(draft.summaryEn()) ? null
				: new Text(text(draft.summaryFr()), text(draft.summaryEn()));
		return new CurriculumOutline(slug, new Text(text(draft.titleFr()), text(draft.titleEn())), summary,
				List.copyOf(draft.steps()));
	}

	private static Map<Long, String> regionNames(List<RegionSummary> regions) {
		Map<Long, String> names = new HashMap<>();
		regions.forEach(region -> names.put(region.id(), region.name()));
		return names;
	}

	private static String text(String value) {
		return blank(value) ? null : value.strip();
	}

	private static boolean blank(String value) {
		return value == null || value.isBlank();
	}

}
