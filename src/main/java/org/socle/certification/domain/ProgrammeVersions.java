package org.socle.certification.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.socle.catalog.CertificationProgrammeOutline;
import org.socle.certification.CertifiableCurricula;
import org.socle.catalog.CertificationProgrammesRead;
import org.socle.catalog.CurriculumOutline;
import org.socle.catalog.ModuleDetails.Text;
import org.socle.identity.PersonId;
import org.socle.shared.text.Digests;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.json.JsonMapper;

/**
 * Every version of every certification programme. The content's programmes are stored at each import:
 * an unchanged programme changes nothing, a changed one becomes a new version. Earlier versions stay,
 * with the certificates issued under them; a programme is never deleted.
 */
@Service
public class ProgrammeVersions {

	private static final Logger log = LoggerFactory.getLogger(ProgrammeVersions.class);

	private final JdbcTemplate jdbc;

	private final JsonMapper json;

	private final Clock clock;

	ProgrammeVersions(JdbcTemplate jdbc, JsonMapper json, Clock clock) {
		this.jdbc = jdbc;
		this.json = json;
		this.clock = clock;
	}

	/** The criteria as stored, in JSON. */
	record StoredCriteria(List<Programme.RequiredCurriculum> curricula, List<Programme.MinimumScore> minimumScores,
			List<Programme.EvidenceItem> evidence) {
	}

	@EventListener
	@Transactional
	public void on(CertificationProgrammesRead read) {
		Map<String, CurriculumOutline> curricula = read.curricula()
			.stream()
			.collect(Collectors.toMap(CurriculumOutline::id, Function.identity(), (first, second) -> first));
		List<String> edited = jdbc.queryForList("select slug from certification_programme where origin = 'admin'",
				String.class);
		for (CertificationProgrammeOutline outline : read.programmes()) {
			if (edited.contains(outline.id())) {
				log.warn("content/certifications/{}.yml is ignored: an administrator has edited this programme in Socle",
						outline.id());
				continue;
			}
			try {
				store(toProgramme(outline, curricula), "content", null);
			}
			catch (DataIntegrityViolationException ex) {
				// another node stored this version at the same moment: theirs stands
				log.info("Programme {} was stored concurrently by another node", outline.id());
			}
		}
		List<String> read_ = read.programmes().stream().map(CertificationProgrammeOutline::id).toList();
		jdbc.query("select slug from certification_programme where origin = 'content' and retired_at is null",
				(row, i) -> row.getString(1))
			.stream()
			.filter(slug -> !read_.contains(slug))
			.forEach(slug -> {
				log.warn("Certification programme {} is no longer in the content: retired, its certificates stay", slug);
				retire(slug);
			});
	}

	/**
	 * An administrator's change to a programme, saved as its next version (nothing is saved when the draft
	 * says what the current version says). Each curriculum it requires is recorded with the modules it
	 * requires today. The programme is then the administrators': the content import no longer changes it.
	 * The caller has checked {@link ProgrammeDraft#problems}.
	 *
	 * @return the number of the latest version
	 */
	@Transactional
	public int edit(Programme current, ProgrammeDraft draft, List<CertifiableCurricula.Offered> curricula,
			PersonId editedBy) {
		Map<String, CertifiableCurricula.Offered> byId = curricula.stream()
			.collect(Collectors.toMap(CertifiableCurricula.Offered::id, Function.identity(), (first, second) -> first));
		List<Programme.RequiredCurriculum> required = draft.curricula().stream().map(id -> {
			CertifiableCurricula.Offered offered = byId.get(id);
			if (offered == null) {
				throw new IllegalArgumentException("Unknown curriculum " + id);
			}
			return new Programme.RequiredCurriculum(id, offered.title(), offered.requiredModules());
		}).toList();
		Programme edited = new Programme(0, current.slug(), 0, current.role(), draft.title(), draft.description(),
				required, draft.minimumScores(), draft.evidence(), draft.validityMonths(), draft.windowMonths(),
				draft.graceMonths(), draft.dpc());
		int version = store(edited, "admin", editedBy);
		if (version != current.versionNumber()) {
			jdbc.update("update certification_programme set origin = 'admin' where slug = ?", current.slug());
		}
		return version;
	}

	/** The origin of a programme: {@code content}, or {@code admin} once an administrator edited it. */
	@Transactional(readOnly = true)
	public String originOf(String slug) {
		return jdbc.queryForList("select origin from certification_programme where slug = ?", String.class, slug)
			.stream()
			.findFirst()
			.orElse("content");
	}

	/**
	 * Stops offering a programme: nobody works towards it any more and no certificate is issued under it.
	 * Its versions and certificates stay, valid and verifiable until they expire.
	 */
	@Transactional
	public void retire(String slug) {
		jdbc.update("update certification_programme set retired_at = ? where slug = ? and retired_at is null",
				LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC), slug);
	}

	static Programme toProgramme(CertificationProgrammeOutline outline, Map<String, CurriculumOutline> curricula) {
		List<Programme.RequiredCurriculum> required = outline.curricula().stream().map(id -> {
			CurriculumOutline curriculum = curricula.get(id);
			List<String> modules = curriculum == null ? List.of()
					: curriculum.steps().stream().filter(CurriculumOutline.Step::required).map(CurriculumOutline.Step::module)
						.toList();
			return new Programme.RequiredCurriculum(id, curriculum == null ? new Text(id, id) : curriculum.title(), modules);
		}).toList();
		return new Programme(0, outline.id(), 0, outline.role(), outline.title(), outline.description(), required,
				outline.minimumScores().stream().map(score -> new Programme.MinimumScore(score.module(), score.score()))
					.toList(),
				outline.evidence().stream()
					.map(item -> new Programme.EvidenceItem(item.id(), item.title(), item.description()))
					.toList(),
				outline.validityMonths(), outline.recertificationWindowMonths(), outline.graceMonths(),
				outline.dpc() == null ? null
						: new Programme.Dpc(outline.dpc().actionType(), outline.dpc().orientation(), outline.dpc().method(),
								outline.dpc().durationHours()));
	}

	/**
	 * Stores the programme as its next version unless it says exactly what the latest says.
	 *
	 * @return the number of the latest version
	 */
	@Transactional
	public int store(Programme programme, String origin, PersonId savedBy) {
		LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
		jdbc.update("insert ignore into certification_programme (slug, origin, created_at) values (?, ?, ?)",
				programme.slug(), origin, now);
		// A programme stored again (its file came back) is offered again.
		jdbc.update("update certification_programme set retired_at = null where slug = ? and retired_at is not null",
				programme.slug());
		String criteria = json.writeValueAsString(
				new StoredCriteria(programme.curricula(), programme.minimumScores(), programme.evidence()));
		Programme.Dpc dpc = programme.dpc();
		String hash = sha256(json.writeValueAsString(List.of(programme.role(), programme.title(),
				String.valueOf(programme.description()), criteria, programme.validityMonths(), programme.windowMonths(),
				programme.graceMonths(), String.valueOf(dpc))));
		List<Object[]> latest = jdbc.query(
				"select version_number, content_hash from certification_programme_version where slug = ?"
						+ " order by version_number desc",
				(row, i) -> new Object[] { row.getInt(1), row.getString(2) }, programme.slug());
		if (!latest.isEmpty() && latest.get(0)[1].equals(hash)) {
			return (Integer) latest.get(0)[0];
		}
		int number = latest.isEmpty() ? 1 : (Integer) latest.get(0)[0] + 1;
		Text description = programme.description();
		jdbc.update("insert into certification_programme_version (slug, version_number, content_hash, origin, role,"
				+ " title_fr, title_en, description_fr, description_en, criteria, validity_months,"
				+ " recertification_window_months, grace_months, dpc_action_type, dpc_orientation, dpc_method,"
				+ " dpc_duration_hours, saved_by, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
				programme.slug(), number, hash, origin, programme.role(), programme.title().fr(), programme.title().en(),
				description == null ? null : description.fr(), description == null ? null : description.en(), criteria,
				programme.validityMonths(), programme.windowMonths(), programme.graceMonths(),
				dpc == null ? null : dpc.actionType(), dpc == null ? null : dpc.orientation(),
				dpc == null ? null : dpc.method(), dpc == null ? null : dpc.durationHours(),
				savedBy == null ? null : savedBy.value(), LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
		return number;
	}

	private static final String COLUMNS = "v.id, v.slug, v.version_number, v.role, v.title_fr, v.title_en,"
			+ " v.description_fr, v.description_en, v.criteria, v.validity_months, v.recertification_window_months,"
			+ " v.grace_months, v.dpc_action_type, v.dpc_orientation, v.dpc_method, v.dpc_duration_hours";

	/** The latest version of every programme still offered, by French title. */
	@Transactional(readOnly = true)
	public List<Programme> current() {
		return jdbc.query("select " + COLUMNS + " from certification_programme_version v"
				+ " join certification_programme p on p.slug = v.slug and p.retired_at is null"
				+ " where v.version_number = (select max(w.version_number) from certification_programme_version w"
				+ " where w.slug = v.slug) order by v.title_fr", this::programme);
	}

	/** The latest version of a programme still offered. */
	@Transactional(readOnly = true)
	public Optional<Programme> currentOf(String slug) {
		return jdbc.query("select " + COLUMNS + " from certification_programme_version v"
				+ " join certification_programme p on p.slug = v.slug and p.retired_at is null"
				+ " where v.slug = ? order by v.version_number desc limit 1", this::programme, slug).stream().findFirst();
	}

	@Transactional(readOnly = true)
	public Optional<Programme> byId(long versionId) {
		return jdbc.query("select " + COLUMNS + " from certification_programme_version v where id = ?", this::programme,
				versionId).stream().findFirst();
	}

	/** Versions by id, in one query. */
	@Transactional(readOnly = true)
	public Map<Long, Programme> byIds(java.util.Collection<Long> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		String in = String.join(",", ids.stream().distinct().map(String::valueOf).toList());
		return jdbc.query("select " + COLUMNS + " from certification_programme_version v where id in (" + in + ")",
				this::programme).stream().collect(Collectors.toMap(Programme::versionId, Function.identity()));
	}

	private Programme programme(ResultSet row, int i) throws SQLException {
		StoredCriteria criteria = json.readValue(row.getString("criteria"), StoredCriteria.class);
		String actionType = row.getString("dpc_action_type");
		Programme.Dpc dpc = actionType == null ? null
				: new Programme.Dpc(actionType, row.getString("dpc_orientation"), row.getString("dpc_method"),
						row.getInt("dpc_duration_hours"));
		String descriptionFr = row.getString("description_fr");
		return new Programme(row.getLong("id"), row.getString("slug"), row.getInt("version_number"), row.getString("role"),
				new Text(row.getString("title_fr"), row.getString("title_en")),
				descriptionFr == null ? null : new Text(descriptionFr, row.getString("description_en")), criteria.curricula(),
				criteria.minimumScores(), criteria.evidence(), row.getInt("validity_months"),
				row.getInt("recertification_window_months"), row.getInt("grace_months"), dpc);
	}

	private static String sha256(String text) {
		return Digests.sha256Hex(text);
	}

}
