package org.socle.certification.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.socle.certification.CertificateState;
import org.socle.certification.CertificateSummary;
import org.socle.certification.CertificationApi;
import org.socle.certification.CertificationCoverage;
import org.socle.certification.domain.CriteriaEvaluation.LearnerRecord;
import org.socle.certification.domain.CriteriaEvaluation.ModuleResult;
import org.socle.certification.domain.CriteriaEvaluation.Path;
import org.socle.certification.domain.CriteriaEvaluation.Standing;
import org.socle.identity.IdentityApi;
import org.socle.identity.PersonId;
import org.socle.identity.PersonSummary;
import org.socle.learning.LearningApi;
import org.socle.learning.ModuleProgress;
import org.socle.notification.Notification;
import org.socle.notification.NotificationApi;
import org.socle.organisation.OrganisationApi;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issues certificates the moment their criteria are met, once: a certificate is one row per person,
 * programme and cycle, and the unique key makes every other attempt (another event, another node) a
 * no-op. Keeps what it rests on (module versions, evidence), computes its state from its dates and the
 * clock, and revokes it with a reason. Nothing is ever deleted.
 */
@Service
public class Certificates implements CertificationApi {

	private static final Logger log = LoggerFactory.getLogger(Certificates.class);

	private final JdbcTemplate jdbc;

	private final ProgrammeVersions programmes;

	private final EvidenceSubmissions evidence;

	private final LearningApi learning;

	private final IdentityApi identity;

	private final OrganisationApi organisation;

	private final NotificationApi notifications;

	private final Clock clock;

	private final ZoneId zone;

	Certificates(JdbcTemplate jdbc, ProgrammeVersions programmes, EvidenceSubmissions evidence, LearningApi learning,
			IdentityApi identity, OrganisationApi organisation, NotificationApi notifications, Clock clock,
			@org.springframework.beans.factory.annotation.Value("${socle.time-zone:Europe/Paris}") String zone) {
		this.jdbc = jdbc;
		this.programmes = programmes;
		this.evidence = evidence;
		this.learning = learning;
		this.identity = identity;
		this.organisation = organisation;
		this.notifications = notifications;
		this.clock = clock;
		this.zone = ZoneId.of(zone);
	}

	/** A stored certificate. */
	public record Certificate(long id, String number, PersonId holder, String holderName, String programmeSlug,
			long programmeVersionId, int cycle, Long previousId, Instant issuedAt, CertificateDates dates,
			LocalDate startedOn, Instant revokedAt, PersonId revokedBy, String revocationReason) {

		public CertificateState stateOn(LocalDate today) {
			return dates.stateOn(today, revokedAt != null);
		}

	}

	/** Where a person stands in a programme: the path open to them and each criterion. */
	public record Progress(Programme programme, Optional<Certificate> latest, Optional<Standing> standing,
			Instant evidenceSince) {

		/** Whether the person can work towards a certificate now (none held, renewal open, or lapsed). */
		public boolean open() {
			return standing.isPresent();
		}

	}

	public LocalDate today() {
		return LocalDate.ofInstant(clock.instant(), zone);
	}

	/** Evaluates every programme for the person and issues each certificate that is due. */
	@Transactional
	public List<String> evaluate(PersonId person) {
		LearnerRecord modules = null;
		List<String> issued = new ArrayList<>();
		for (Programme programme : programmes.current()) {
			Progress progress = progress(person, programme, modules == null ? (modules = moduleRecord(person)) : modules);
			if (progress.standing().map(Standing::met).orElse(false)) {
				issue(person, progress).ifPresent(issued::add);
			}
		}
		return issued;
	}

	/** Where the person stands in one programme today. */
	@Transactional(readOnly = true)
	public Progress progress(PersonId person, Programme programme) {
		return progress(person, programme, moduleRecord(person));
	}

	private Progress progress(PersonId person, Programme programme, LearnerRecord modules) {
		Optional<Certificate> latest = latest(person, programme.slug());
		LocalDate today = today();
		Path path;
		Instant since;
		if (latest.isEmpty()) {
			path = Path.FULL;
			since = null;
		}
		else if (latest.get().revokedAt() != null) {
			// Revoked: only evidence validated after the revocation can lead to a new certificate.
			path = Path.FULL;
			since = latest.get().revokedAt();
		}
		else if (latest.get().dates().renewalOpenOn(today)) {
			path = Path.RENEWAL;
			since = latest.get().dates().windowOpensOn().atStartOfDay(zone).toInstant();
		}
		else if (today.isAfter(latest.get().dates().graceEndsOn())) {
			path = Path.FULL;
			since = latest.get().dates().graceEndsOn().plusDays(1).atStartOfDay(zone).toInstant();
		}
		else {
			return new Progress(programme, latest, Optional.empty(), null);
		}
		LearnerRecord record = new LearnerRecord(modules.modules(), evidence.validated(person, programme.slug()));
		return new Progress(programme, latest, Optional.of(CriteriaEvaluation.evaluate(programme, record, path, since)),
				since);
	}

	private LearnerRecord moduleRecord(PersonId person) {
		Map<String, ModuleResult> modules = new HashMap<>();
		for (ModuleProgress progress : learning.progressOf(person)) {
			modules.put(progress.module().slug(), new ModuleResult(progress.module().slug(),
					progress.module().versionId().value(), progress.completed(), progress.bestScore()));
		}
		return new LearnerRecord(modules, Map.of());
	}

	/** Inserts the certificate the standing earns; empty when another event or node issued it first. */
	private Optional<String> issue(PersonId person, Progress progress) {
		Programme programme = progress.programme();
		Optional<Certificate> previous = progress.latest();
		LocalDate today = today();
		LocalDate startsOn = today;
		if (progress.standing().orElseThrow().path() == Path.RENEWAL
				&& previous.get().dates().expiresOn().isAfter(today)) {
			startsOn = previous.get().dates().expiresOn().plusDays(1);
		}
		CertificateDates dates = CertificateDates.of(programme, today, startsOn);
		Standing standing = progress.standing().orElseThrow();
		LocalDate startedOn = learning.progressOf(person)
			.stream()
			.filter(p -> standing.modules().containsKey(p.module().slug()))
			.map(p -> LocalDate.ofInstant(p.enrolledAt(), zone))
			.min(Comparator.naturalOrder())
			.orElse(today);
		Optional<String> number = insert(person, programme, previous.map(c -> c.cycle() + 1).orElse(1),
				previous.map(Certificate::id).orElse(null), dates, startedOn, null);
		number.ifPresent(issued -> {
			long id = jdbc.queryForObject("select id from certificate where number = ?", Long.class, issued);
			standing.modules().values().forEach(module -> jdbc.update("insert into certificate_module (certificate_id,"
					+ " module_slug, module_version_id, best_score) values (?, ?, ?, ?)", id, module.slug(),
					module.versionId(), module.bestScore()));
			standing.evidence().forEach(submission -> jdbc.update("insert into certificate_evidence (certificate_id,"
					+ " evidence_id) values (?, ?)", id, submission));
			notifications.notify(new Notification("certificate:" + issued + ":issued", person, "notice.certificate.issued",
					List.of(new Notification.Bilingual(programme.title().fr(), programme.title().en()), issued),
					"/certifications/" + programme.slug()));
			log.info("Certificate {} issued to person {} for {} (cycle {})", issued, person.value(), programme.slug(),
					previous.map(c -> c.cycle() + 1).orElse(1));
		});
		return number;
	}

	private Optional<String> insert(PersonId person, Programme programme, int cycle, Long previousId,
			CertificateDates dates, LocalDate startedOn, PersonId awardedBy) {
		String holderName = identity.person(person).map(PersonSummary::displayName).orElse("—");
		for (int attempt = 0; attempt < 5; attempt++) {
			String number = CertificateNumbers.next();
			try {
				jdbc.update("insert into certificate (number, person_id, holder_name, programme_slug, programme_version_id,"
						+ " cycle, previous_id, issued_at, issued_on, expires_on, window_opens_on, grace_ends_on,"
						+ " started_on, awarded_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", number, person.value(),
						holderName, programme.slug(), programme.versionId(), cycle, previousId,
						LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC), dates.issuedOn(), dates.expiresOn(),
						dates.windowOpensOn(), dates.graceEndsOn(), startedOn,
						awardedBy == null ? null : awardedBy.value());
				return Optional.of(number);
			}
			catch (DuplicateKeyException ex) {
				String message = String.valueOf(ex.getMostSpecificCause().getMessage()).toLowerCase(java.util.Locale.ROOT);
				if (!message.contains("uk_certificate_number")) {
					// The same person, programme and cycle: issued by a concurrent event or node. Theirs stands.
					return Optional.empty();
				}
			}
		}
		throw new IllegalStateException("Five certificate numbers drawn in a row were taken: is the random source broken?");
	}

	@Override
	@Transactional
	public String award(PersonId holder, String programmeSlug, LocalDate issuedOn, PersonId awardedBy) {
		Programme programme = programmes.currentOf(programmeSlug)
			.orElseThrow(() -> new IllegalArgumentException("No programme " + programmeSlug));
		Optional<Certificate> previous = latest(holder, programmeSlug);
		return insert(holder, programme, previous.map(c -> c.cycle() + 1).orElse(1),
				previous.map(Certificate::id).orElse(null), CertificateDates.of(programme, issuedOn, issuedOn), issuedOn,
				awardedBy).orElseThrow(() -> new IllegalStateException("Awarded concurrently: " + holder));
	}

	@Override
	@Transactional
	public boolean revoke(String number, String reason, PersonId revokedBy) {
		if (reason == null || reason.isBlank()) {
			throw new IllegalArgumentException("A revocation needs a reason");
		}
		int changed = jdbc.update("update certificate set revoked_at = ?, revoked_by = ?, revocation_reason = ?"
				+ " where number = ? and revoked_at is null", LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC),
				revokedBy.value(), reason.strip(), number);
		if (changed == 1) {
			log.info("Certificate {} revoked by person {}", number, revokedBy.value());
		}
		return changed == 1;
	}

	/** The latest certificate (highest cycle) of a person in a programme. */
	@Transactional(readOnly = true)
	public Optional<Certificate> latest(PersonId person, String programme) {
		return jdbc.query("select " + COLUMNS + " from certificate where person_id = ? and programme_slug = ?"
				+ " order by cycle desc limit 1", this::row, person.value(), programme).stream().findFirst();
	}

	@Transactional(readOnly = true)
	public Optional<Certificate> certificate(String number) {
		if (!CertificateNumbers.wellFormed(number)) {
			return Optional.empty();
		}
		return jdbc.query("select " + COLUMNS + " from certificate where number = ?", this::row, number)
			.stream()
			.findFirst();
	}

	@Transactional(readOnly = true)
	public List<Certificate> certificates(PersonId person) {
		return jdbc.query("select " + COLUMNS + " from certificate where person_id = ? order by issued_at desc, id desc",
				this::row, person.value());
	}

	/** What a certificate rests on: module versions (slug → version id) and evidence submission ids. */
	public record Basis(Map<String, Long> moduleVersions, List<Long> evidence) {
	}

	@Transactional(readOnly = true)
	public Basis basis(long certificateId) {
		Map<String, Long> modules = new LinkedHashMap<>();
		jdbc.query("select module_slug, module_version_id from certificate_module where certificate_id = ?"
				+ " order by module_slug", row -> {
					modules.put(row.getString(1), row.getLong(2));
				}, certificateId);
		return new Basis(modules, jdbc.queryForList("select evidence_id from certificate_evidence where certificate_id = ?"
				+ " order by evidence_id", Long.class, certificateId));
	}

	@Override
	@Transactional(readOnly = true)
	public List<CertificateSummary> certificatesOf(PersonId holder) {
		return summaries(certificates(holder));
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<CertificateSummary> byNumber(String number) {
		return certificate(number).map(c -> summaries(List.of(c)).get(0));
	}

	/** Certificates as summaries: one query for their programmes, one for the numbers they renew. */
	@Transactional(readOnly = true)
	public List<CertificateSummary> summaries(List<Certificate> certificates) {
		Map<Long, Programme> versions = programmes.byIds(certificates.stream().map(Certificate::programmeVersionId)
			.collect(Collectors.toSet()));
		Set<Long> previousIds = certificates.stream()
			.map(Certificate::previousId)
			.filter(java.util.Objects::nonNull)
			.collect(Collectors.toSet());
		Map<Long, String> previousNumbers = new HashMap<>();
		if (!previousIds.isEmpty()) {
			jdbc.query("select id, number from certificate where id in ("
					+ String.join(",", previousIds.stream().map(String::valueOf).toList()) + ")", row -> {
						previousNumbers.put(row.getLong(1), row.getString(2));
					});
		}
		LocalDate today = today();
		return certificates.stream().map(c -> {
			Programme programme = versions.get(c.programmeVersionId());
			return new CertificateSummary(c.number(), c.holder(), c.holderName(), c.programmeSlug(), programme.role(),
					programme.title().fr(), programme.title().en(), c.stateOn(today), c.issuedAt(), c.dates().issuedOn(),
					c.dates().expiresOn(), c.dates().graceEndsOn(),
					c.stateOn(today) == CertificateState.EXPIRING && today.isAfter(c.dates().expiresOn()),
					c.previousId() == null ? null : previousNumbers.get(c.previousId()), c.revokedAt(),
					c.revocationReason());
		}).toList();
	}

	/** Every certificate, most recent first, for the administrators' list (at most {@code limit}). */
	@Transactional(readOnly = true)
	public List<CertificateSummary> recent(int limit) {
		return summaries(jdbc.query("select " + COLUMNS + " from certificate order by issued_at desc, id desc limit ?",
				this::row, limit));
	}

	/**
	 * Valid certificates per establishment and role, and who expires within 90 days: a constant number of
	 * queries whatever the number of establishments (their staff in one, their certificates by 1,000 people).
	 */
	@Override
	@Transactional(readOnly = true)
	public List<CertificationCoverage> coverage(Collection<Long> establishmentIds) {
		List<Programme> current = programmes.current();
		LocalDate today = today();
		Map<Long, Set<PersonId>> staff = organisation.peopleOfEstablishments(establishmentIds);
		List<Long> people = staff.values().stream().flatMap(Set::stream).map(PersonId::value).distinct().sorted().toList();
		Map<Long, List<Certificate>> validByPerson = new HashMap<>();
		for (int from = 0; from < people.size(); from += 1000) {
			String in = String.join(",",
					people.subList(from, Math.min(people.size(), from + 1000)).stream().map(String::valueOf).toList());
			// the latest cycle of each person and programme: an older one renewed is not counted twice
			jdbc.query("select " + COLUMNS + " from certificate c where person_id in (" + in + ")"
					+ " and cycle = (select max(d.cycle) from certificate d where d.person_id = c.person_id"
					+ " and d.programme_slug = c.programme_slug)", this::row)
				.stream()
				.filter(c -> c.stateOn(today).valid())
				.forEach(c -> validByPerson.computeIfAbsent(c.holder().value(), id -> new ArrayList<>()).add(c));
		}
		List<CertificationCoverage> coverage = new ArrayList<>();
		for (Long establishment : establishmentIds) {
			Map<String, List<Certificate>> valid = new HashMap<>();
			staff.getOrDefault(establishment, Set.of())
				.forEach(person -> validByPerson.getOrDefault(person.value(), List.of())
					.forEach(c -> valid.computeIfAbsent(c.programmeSlug(), slug -> new ArrayList<>()).add(c)));
			List<CertificationCoverage.RoleCoverage> roles = current.stream().map(programme -> {
				List<Certificate> holders = valid.getOrDefault(programme.slug(), List.of());
				List<CertificationCoverage.Expiring> expiring = holders.stream()
					.filter(c -> c.stateOn(today) == CertificateState.EXPIRING)
					.sorted(Comparator.comparing((Certificate c) -> c.dates().expiresOn()))
					.map(c -> new CertificationCoverage.Expiring(c.holder(), c.holderName(), c.number(),
							c.dates().expiresOn()))
					.toList();
				return new CertificationCoverage.RoleCoverage(programme.slug(), programme.role(), programme.title().fr(),
						programme.title().en(), holders.size(), expiring);
			}).toList();
			coverage.add(new CertificationCoverage(establishment, roles));
		}
		return coverage;
	}

	/** Certificates not revoked nor renewed whose expiry falls between these days (for reminders). */
	@Transactional(readOnly = true)
	public List<Certificate> latestExpiringBetween(LocalDate from, LocalDate to) {
		return jdbc.query("select " + COLUMNS + " from certificate c where revoked_at is null and expires_on between ? and ?"
				+ " and not exists (select 1 from certificate n where n.previous_id = c.id) order by expires_on",
				this::row, from, to);
	}

	static final String COLUMNS = "id, number, person_id, holder_name, programme_slug, programme_version_id, cycle,"
			+ " previous_id, issued_at, issued_on, expires_on, window_opens_on, grace_ends_on, started_on, revoked_at,"
			+ " revoked_by, revocation_reason";

	private Certificate row(ResultSet row, int i) throws SQLException {
		Long previous = row.getObject("previous_id", Long.class);
		Long revokedBy = row.getObject("revoked_by", Long.class);
		return new Certificate(row.getLong("id"), row.getString("number"), PersonId.of(row.getLong("person_id")),
				row.getString("holder_name"), row.getString("programme_slug"), row.getLong("programme_version_id"),
				row.getInt("cycle"), previous, instant(row.getTimestamp("issued_at")),
				new CertificateDates(row.getObject("issued_on", LocalDate.class), row.getObject("expires_on", LocalDate.class),
						row.getObject("window_opens_on", LocalDate.class), row.getObject("grace_ends_on", LocalDate.class)),
				row.getObject("started_on", LocalDate.class), instant(row.getTimestamp("revoked_at")),
				revokedBy == null ? null : PersonId.of(revokedBy), row.getString("revocation_reason"));
	}

	private static Instant instant(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toLocalDateTime().toInstant(ZoneOffset.UTC);
	}

}
