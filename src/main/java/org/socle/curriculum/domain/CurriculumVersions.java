package org.socle.curriculum.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.socle.catalog.CurriculaRead;
import org.socle.catalog.CurriculumOutline;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Keeps every version of every curriculum read from the content: the same curriculum read again
 * changes nothing, a changed one becomes a new version.
 */
@Service
public class CurriculumVersions {

	private final JdbcTemplate jdbc;

	private final JsonMapper json;

	private final Clock clock;

	CurriculumVersions(JdbcTemplate jdbc, JsonMapper json, Clock clock) {
		this.jdbc = jdbc;
		this.json = json;
		this.clock = clock;
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

	void store(CurriculumOutline curriculum) {
		String hash = sha256(json.writeValueAsString(curriculum));
		List<Object[]> latest = jdbc.query("select version_number, content_hash from curriculum_version where slug = ?"
				+ " order by version_number desc", (row, i) -> new Object[] { row.getInt(1), row.getString(2) }, curriculum.id());
		if (!latest.isEmpty() && latest.get(0)[1].equals(hash)) {
			return;
		}
		int number = latest.isEmpty() ? 1 : (Integer) latest.get(0)[0] + 1;
		jdbc.update("insert into curriculum_version (slug, version_number, content_hash, title_fr, title_en, summary_fr,"
				+ " summary_en, created_at) values (?, ?, ?, ?, ?, ?, ?, ?)", curriculum.id(), number, hash,
				curriculum.title().fr(), curriculum.title().en(), curriculum.summary() == null ? null : curriculum.summary().fr(),
				curriculum.summary() == null ? null : curriculum.summary().en(),
				LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
		Long id = jdbc.queryForObject("select id from curriculum_version where slug = ? and version_number = ?", Long.class,
				curriculum.id(), number);
		for (int i = 0; i < curriculum.steps().size(); i++) {
			CurriculumOutline.Step step = curriculum.steps().get(i);
			jdbc.update("insert into curriculum_step (version_id, position, module_slug, required) values (?, ?, ?, ?)", id,
					i + 1, step.module(), step.required());
		}
	}

	/** The current (latest) version of every curriculum, by title. */
	@Transactional(readOnly = true)
	public List<CurriculumVersion> current() {
		List<Long> ids = jdbc.queryForList("select v.id from curriculum_version v where v.version_number ="
				+ " (select max(w.version_number) from curriculum_version w where w.slug = v.slug) order by v.title_fr", Long.class);
		return ids.stream().map(this::version).flatMap(Optional::stream).toList();
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
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime has SHA-256", ex);
		}
	}

}
