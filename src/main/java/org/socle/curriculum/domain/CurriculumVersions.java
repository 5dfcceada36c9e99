package org.socle.curriculum.domain;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.socle.catalog.CurriculaRead;
import org.socle.catalog.CurriculumOutline;
import org.socle.identity.PersonId;
import org.socle.identity.Role;
import org.socle.identity.SoclePrincipal;
import org.socle.organisation.OrganisationApi;
import org.socle.organisation.RegionSummary;
import org.socle.shared.text.Digests;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Keeps every version of every curriculum, read from the content or built in the browser: the same
 * curriculum saved again changes nothing, a changed one becomes a new version, earlier ones stay.
 */
@Service
public class CurriculumVersions {

	private static final Logger log = LoggerFactory.getLogger(CurriculumVersions.class);

	/** Who assigns curricula, each within their scope. */
	private static final Set<Role> ASSIGNERS = EnumSet.of(Role.MANAGER, Role.COORDINATOR, Role.ADMIN);

	private final JdbcTemplate jdbc;

	private final JsonMapper json;

	private final Clock clock;

	private final OrganisationApi organisation;

	CurriculumVersions(JdbcTemplate jdbc, JsonMapper json, Clock clock, OrganisationApi organisation) {
		this.jdbc = jdbc;
		this.json = json;
		this.clock = clock;
		this.organisation = organisation;
	}

	/** A stored curriculum version and the modules it orders. */
	public record CurriculumVersion(long id, String slug, int number, String titleFr, String titleEn,
			List<CurriculumOutline.Step> steps) {
	}

	@EventListener
	@Transactional
	public void on(CurriculaRead read) {
		for (CurriculumOutline curriculum : read.curricula()) {
			try {
				store(curriculum);
			}
			catch (org.springframework.dao.DataIntegrityViolationException ex) {
				// another node stored this version at the same moment: theirs stands
			}
		}
	}

	/**
	 * Stores a curriculum read from the content as its next version, unless its slug belongs to a
	 * curriculum built in the browser: the content never writes over what a coordinator built.
	 */
	void store(CurriculumOutline curriculum) {
		jdbc.update("insert ignore into curriculum (slug, origin, created_at) values (?, 'content', ?)", curriculum.id(),
				now());
		CurriculumOrigin origin = lockCurriculum(curriculum.id()).orElseThrow().origin();
		if (origin != CurriculumOrigin.CONTENT) {
			log.warn("content/curricula/{}.yml is ignored: a curriculum built in the browser already has the slug {}",
					curriculum.id(), curriculum.id());
			return;
		}
		append(curriculum, null);
	}

	/** A curriculum's origin and owner, read with a lock held until the transaction ends. */
	record Claim(CurriculumOrigin origin, Long ownerRegionId) {
	}

	/**
	 * Locks the curriculum's row: every save goes through it, so two saves of one curriculum never
	 * compute the same next version number (the unique key stays as a last guard).
	 */
	Optional<Claim> lockCurriculum(String slug) {
		return jdbc.query("select origin, owner_region_id from curriculum where slug = ? for update",
				(row, i) -> new Claim(CurriculumOrigin.of(row.getString(1)), (Long) row.getObject(2, Long.class)), slug)
			.stream()
			.findFirst();
	}

	/** The number of the version a save left as the latest, and whether the save created it. */
	record Appended(int number, boolean created) {
	}

	/**
	 * Appends the curriculum as a new version unless it says exactly what the latest says. The caller
	 * holds the curriculum's lock ({@link #lockCurriculum}).
	 */
	Appended append(CurriculumOutline curriculum, PersonId savedBy) {
		String hash = sha256(json.writeValueAsString(curriculum));
		List<Object[]> latest = jdbc.query("select version_number, content_hash from curriculum_version where slug = ?"
				+ " order by version_number desc", (row, i) -> new Object[] { row.getInt(1), row.getString(2) }, curriculum.id());
		if (!latest.isEmpty() && latest.get(0)[1].equals(hash)) {
			return new Appended((Integer) latest.get(0)[0], false);
		}
		int number = latest.isEmpty() ? 1 : (Integer) latest.get(0)[0] + 1;
		jdbc.update("insert into curriculum_version (slug, version_number, content_hash, title_fr, title_en, summary_fr,"
				+ " summary_en, created_at, saved_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?)", curriculum.id(), number, hash,
				curriculum.title().fr(), curriculum.title().en(), curriculum.summary() == null ? null : curriculum.summary().fr(),
				curriculum.summary() == null ? null : curriculum.summary().en(), now(),
				savedBy == null ? null : savedBy.value());
		Long id = jdbc.queryForObject("select id from curriculum_version where slug = ? and version_number = ?", Long.class,
				curriculum.id(), number);
		for (int i = 0; i < curriculum.steps().size(); i++) {
			CurriculumOutline.Step step = curriculum.steps().get(i);
			jdbc.update("insert into curriculum_step (version_id, position, module_slug, required) values (?, ?, ?, ?)", id,
					i + 1, step.module(), step.required());
		}
		return new Appended(number, true);
	}

	/**
	 * The current versions of the curricula a person may assign: those of the content, and those built
	 * in the browser for a region within their scope (a coordinator's regions, the region of a
	 * manager's establishment, every region for an administrator). Nothing for anyone else. By title.
	 */
	@Transactional(readOnly = true)
	public List<CurriculumVersion> visibleTo(SoclePrincipal viewer) {
		if (ASSIGNERS.stream().noneMatch(viewer::hasRole)) {
			return List.of();
		}
		List<Long> ids = jdbc.queryForList("select v.id from curriculum_version v join curriculum c on c.slug = v.slug"
				+ " where v.version_number = (select max(w.version_number) from curriculum_version w where w.slug = v.slug)"
				+ " and " + visibleCondition(organisation.regionsVisibleTo(viewer)) + " order by v.title_fr, v.slug",
				Long.class);
		return versions(ids);
	}

	/** The SQL condition on {@code c} (a curriculum row) for curricula of the content or owned by these regions. */
	static String visibleCondition(List<RegionSummary> regions) {
		if (regions.isEmpty()) {
			return "c.origin = 'content'";
		}
		// region ids are numbers: joining them cannot inject anything
		return "(c.origin = 'content' or c.owner_region_id in ("
				+ String.join(",", regions.stream().map(region -> String.valueOf(region.id())).toList()) + "))";
	}

	/** Versions by id, in that order, with their steps: two queries whatever their number. */
	List<CurriculumVersion> versions(List<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		String in = String.join(",", ids.stream().map(String::valueOf).toList());
		Map<Long, List<CurriculumOutline.Step>> steps = new HashMap<>();
		jdbc.query("select version_id, module_slug, required from curriculum_step where version_id in (" + in + ")"
				+ " order by version_id, position", row -> {
					steps.computeIfAbsent(row.getLong(1), id -> new ArrayList<>())
						.add(new CurriculumOutline.Step(row.getString(2), row.getBoolean(3)));
				});
		Map<Long, CurriculumVersion> versions = new HashMap<>();
		jdbc.query("select id, slug, version_number, title_fr, title_en from curriculum_version where id in (" + in + ")",
				row -> {
					long id = row.getLong(1);
					versions.put(id, new CurriculumVersion(id, row.getString(2), row.getInt(3), row.getString(4),
							row.getString(5), List.copyOf(steps.getOrDefault(id, List.of()))));
				});
		return ids.stream().map(versions::get).filter(java.util.Objects::nonNull).toList();
	}

	private LocalDateTime now() {
		return LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
	}

	/** The current (latest) version of every curriculum, by title. */
	@Transactional(readOnly = true)
	public List<CurriculumVersion> current() {
		// Two queries whatever the number of curricula: the versions, then all their steps.
		record Head(long id, String slug, int number, String titleFr, String titleEn) {
		}
		List<Head> heads = jdbc.query("select v.id, v.slug, v.version_number, v.title_fr, v.title_en from curriculum_version v"
				+ " where v.version_number = (select max(w.version_number) from curriculum_version w where w.slug = v.slug)"
				+ " order by v.title_fr", (row, i) -> new Head(row.getLong(1), row.getString(2), row.getInt(3),
						row.getString(4), row.getString(5)));
		if (heads.isEmpty()) {
			return List.of();
		}
		Map<Long, List<CurriculumOutline.Step>> steps = new HashMap<>();
		jdbc.query("select version_id, module_slug, required from curriculum_step where version_id in ("
				+ String.join(",", heads.stream().map(head -> String.valueOf(head.id())).toList()) + ") order by version_id, position",
				row -> {
					steps.computeIfAbsent(row.getLong(1), id -> new ArrayList<>())
						.add(new CurriculumOutline.Step(row.getString(2), row.getBoolean(3)));
				});
		return heads.stream()
			.map(head -> new CurriculumVersion(head.id(), head.slug(), head.number(), head.titleFr(), head.titleEn(),
					List.copyOf(steps.getOrDefault(head.id(), List.of()))))
			.toList();
	}

	@Transactional(readOnly = true)
	public Optional<CurriculumVersion> currentOf(String slug) {
		return jdbc.queryForList("select id from curriculum_version where slug = ? order by version_number desc", Long.class,
				slug).stream().findFirst().flatMap(this::version);
	}

	/** A stored version by its id, whether or not it is still the current one. */
	@Transactional(readOnly = true)
	public Optional<CurriculumVersion> byId(long id) {
		return version(id);
	}

	private Optional<CurriculumVersion> version(long id) {
		List<CurriculumOutline.Step> steps = jdbc.query("select module_slug, required from curriculum_step"
				+ " where version_id = ? order by position", (row, i) -> new CurriculumOutline.Step(row.getString(1),
						row.getBoolean(2)), id);
		return jdbc.query("select slug, version_number, title_fr, title_en from curriculum_version where id = ?",
				(row, i) -> new CurriculumVersion(id, row.getString(1), row.getInt(2), row.getString(3), row.getString(4),
						steps), id).stream().findFirst();
	}

	private static String sha256(String text) {
		return Digests.sha256Hex(text);
	}

}
