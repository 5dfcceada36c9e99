package org.socle.certification.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.socle.certification.domain.CriteriaEvaluation.ValidatedEvidence;
import org.socle.identity.PersonId;
import org.socle.identity.Role;
import org.socle.identity.SoclePrincipal;
import org.socle.organisation.OrganisationApi;
import org.socle.organisation.Placement;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Evidence a learner submits for a programme (a text, and a file if they wish), reviewed by a trainer
 * whose group the learner belongs to: validated, or sent back with a comment, after which the learner
 * submits again. Every submission and its review are kept.
 */
@Service
public class EvidenceSubmissions {

	/** The longest text taken. */
	public static final int MAX_TEXT = 8000;

	public static final int MAX_COMMENT = 2000;

	public enum State {

		SUBMITTED, VALIDATED, RETURNED;

		public String code() {
			return name().toLowerCase(java.util.Locale.ROOT);
		}

		static State of(String code) {
			return valueOf(code.toUpperCase(java.util.Locale.ROOT));
		}

	}

	/** A submission as shown, without its file's bytes. */
	public record Submission(long id, PersonId person, String programme, String item, String body, String fileName,
			String fileType, Integer fileSize, State state, Instant submittedAt, PersonId reviewedBy, Instant reviewedAt,
			String comment) {

		public boolean hasFile() {
			return fileName != null;
		}

	}

	private final JdbcTemplate jdbc;

	private final ProgrammeVersions programmes;

	private final OrganisationApi organisation;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	EvidenceSubmissions(JdbcTemplate jdbc, ProgrammeVersions programmes, OrganisationApi organisation,
			ApplicationEventPublisher events, Clock clock) {
		this.jdbc = jdbc;
		this.programmes = programmes;
		this.organisation = organisation;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Submits a piece of evidence.
	 *
	 * @param file the attached file, or null
	 * @throws EvidenceRejected when the text is empty or too long, the file too large or of a type not taken,
	 * the item unknown, or a submission of the same item awaits review: nothing is saved
	 */
	@Transactional
	public long submit(PersonId learner, String programmeSlug, String item, String body, String fileName,
			byte[] file) {
		Programme programme = programmes.currentOf(programmeSlug).orElseThrow(() -> new EvidenceRejected("unknown"));
		if (programme.evidenceItem(item).isEmpty()) {
			throw new EvidenceRejected("unknown");
		}
		String text = body == null ? "" : body.strip();
		if (text.isEmpty()) {
			throw new EvidenceRejected("empty");
		}
		if (text.length() > MAX_TEXT) {
			throw new EvidenceRejected("too-long");
		}
		String type = null;
		String name = null;
		if (file != null && file.length > 0) {
			if (file.length > EvidenceFile.MAX_BYTES) {
				throw new EvidenceRejected("file-too-large");
			}
			type = EvidenceFile.sniff(file).orElseThrow(() -> new EvidenceRejected("file-type"));
			name = EvidenceFile.safeName(fileName, type);
		}
		else {
			file = null;
		}
		// The person's row lock (their submissions of this item) keeps two quick clicks from both passing.
		List<String> states = jdbc.queryForList("select state from certification_evidence where person_id = ?"
				+ " and programme_slug = ? and evidence_key = ? for update", String.class, learner.value(), programmeSlug,
				item);
		if (states.contains(State.SUBMITTED.code())) {
			throw new EvidenceRejected("pending");
		}
		jdbc.update("insert into certification_evidence (person_id, programme_slug, evidence_key, body, file_name,"
				+ " file_type, file_size, file_content, state, submitted_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
				learner.value(), programmeSlug, item, text, name, type, file == null ? null : file.length, file,
				State.SUBMITTED.code(), now());
		return jdbc.queryForObject("select max(id) from certification_evidence where person_id = ? and programme_slug = ?"
				+ " and evidence_key = ?", Long.class, learner.value(), programmeSlug, item);
	}

	/**
	 * Validates a submission, or sends it back with a comment (required then). Only a trainer whose group
	 * the learner belongs to, or an administrator, may; nobody reviews their own.
	 *
	 * @throws EvidenceRejected {@code comment-required}, {@code comment-too-long} or {@code already-reviewed}
	 * @throws org.springframework.security.access.AccessDeniedException outside the reviewer's scope
	 */
	@Transactional
	public Submission review(SoclePrincipal reviewer, long id, boolean validate, String comment) {
		Submission submission = reviewable(reviewer, id)
			.orElseThrow(() -> new org.springframework.security.access.AccessDeniedException("Not reviewable: " + id));
		String text = comment == null ? "" : comment.strip();
		if (!validate && text.isEmpty()) {
			throw new EvidenceRejected("comment-required");
		}
		if (text.length() > MAX_COMMENT) {
			throw new EvidenceRejected("comment-too-long");
		}
		Instant at = clock.instant();
		int changed = jdbc.update("update certification_evidence set state = ?, reviewed_by = ?, reviewed_at = ?,"
				+ " review_comment = ? where id = ? and state = ?", validate ? State.VALIDATED.code() : State.RETURNED.code(),
				reviewer.personId().value(), LocalDateTime.ofInstant(at, ZoneOffset.UTC), text.isEmpty() ? null : text, id,
				State.SUBMITTED.code());
		if (changed == 0) {
			throw new EvidenceRejected("already-reviewed");
		}
		if (validate) {
			events.publishEvent(new EvidenceValidated(submission.person(), submission.programme(), id, at));
		}
		return byId(id).orElseThrow();
	}

	/** A submission the reviewer may read and review, or nothing (unknown or outside their scope alike). */
	@Transactional(readOnly = true)
	public Optional<Submission> reviewable(SoclePrincipal reviewer, long id) {
		return byId(id).filter(submission -> mayReview(reviewer, submission.person()));
	}

	/** Whether the reviewer may review this person's evidence: a trainer of their group, or an administrator. */
	public boolean mayReview(SoclePrincipal reviewer, PersonId learner) {
		if (reviewer.personId().equals(learner)) {
			return false;
		}
		if (reviewer.hasRole(Role.ADMIN)) {
			return true;
		}
		return reviewer.hasRole(Role.TRAINER) && organisation.learnersOfTrainer(reviewer)
			.stream()
			.anyMatch(placement -> placement.person().equals(learner));
	}

	/** How many pending submissions a queue shows at most, oldest first. */
	static final int QUEUE_MAX = 200;

	/**
	 * Submissions awaiting review by this reviewer, oldest first: those of the learners of their groups
	 * (read by person, never the whole platform's queue), or every one for an administrator.
	 */
	@Transactional(readOnly = true)
	public List<Submission> awaitingReviewBy(SoclePrincipal reviewer) {
		if (reviewer.hasRole(Role.ADMIN)) {
			return jdbc.query("select " + COLUMNS + " from certification_evidence where state = ? and person_id <> ?"
					+ " order by submitted_at limit " + QUEUE_MAX, this::submission, State.SUBMITTED.code(),
					reviewer.personId().value());
		}
		if (!reviewer.hasRole(Role.TRAINER)) {
			return List.of();
		}
		Set<Long> group = organisation.learnersOfTrainer(reviewer)
			.stream()
			.map(placement -> placement.person().value())
			.collect(Collectors.toCollection(java.util.TreeSet::new));
		group.remove(reviewer.personId().value());
		List<Submission> pending = new ArrayList<>();
		List<Long> people = List.copyOf(group);
		for (int from = 0; from < people.size(); from += 500) {
			List<Long> chunk = people.subList(from, Math.min(people.size(), from + 500));
			pending.addAll(jdbc.query("select " + COLUMNS + " from certification_evidence where state = ? and person_id in ("
					+ String.join(",", chunk.stream().map(String::valueOf).toList()) + ")", this::submission,
					State.SUBMITTED.code()));
		}
		return pending.stream()
			.sorted(Comparator.comparing(Submission::submittedAt).thenComparing(Submission::id))
			.limit(QUEUE_MAX)
			.toList();
	}

	/** A person's submissions for a programme, newest first. */
	@Transactional(readOnly = true)
	public List<Submission> of(PersonId person, String programme) {
		return jdbc.query("select " + COLUMNS + " from certification_evidence where person_id = ? and programme_slug = ?"
				+ " order by submitted_at desc, id desc", this::submission, person.value(), programme);
	}

	/**
	 * By item, the latest validated submission of a person for a programme. A submission a revoked
	 * certificate rested on never counts again, whatever the clocks of the nodes that validated it and
	 * revoked the certificate said.
	 */
	@Transactional(readOnly = true)
	public Map<String, ValidatedEvidence> validated(PersonId person, String programme) {
		Map<String, ValidatedEvidence> latest = new HashMap<>();
		jdbc.query("select e.id, e.evidence_key, e.reviewed_at from certification_evidence e where e.person_id = ?"
				+ " and e.programme_slug = ? and e.state = ? and not exists (select 1 from certificate_evidence b"
				+ " join certificate c on c.id = b.certificate_id where b.evidence_id = e.id and c.revoked_at is not null)"
				+ " order by e.reviewed_at, e.id", row -> {
					latest.put(row.getString(2), new ValidatedEvidence(row.getString(2), row.getLong(1),
							row.getTimestamp(3).toLocalDateTime().toInstant(ZoneOffset.UTC)));
				}, person.value(), programme, State.VALIDATED.code());
		return latest;
	}

	@Transactional(readOnly = true)
	public Optional<Submission> byId(long id) {
		return jdbc.query("select " + COLUMNS + " from certification_evidence where id = ?", this::submission, id)
			.stream()
			.findFirst();
	}

	/** The file of a submission, once the caller has checked the reader's right. */
	@Transactional(readOnly = true)
	public Optional<EvidenceFile> file(long id) {
		return jdbc.query("select file_name, file_type, file_content from certification_evidence where id = ?"
				+ " and file_content is not null", (row, i) -> new EvidenceFile(row.getString(1), row.getString(2),
						row.getBytes(3)), id).stream().findFirst();
	}

	/** Submissions by id, in one query. */
	@Transactional(readOnly = true)
	public List<Submission> byIds(Collection<Long> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		String in = String.join(",", ids.stream().map(String::valueOf).toList());
		return jdbc.query("select " + COLUMNS + " from certification_evidence where id in (" + in + ") order by id",
				this::submission);
	}

	private static final String COLUMNS = "id, person_id, programme_slug, evidence_key, body, file_name, file_type,"
			+ " file_size, state, submitted_at, reviewed_by, reviewed_at, review_comment";

	private Submission submission(ResultSet row, int i) throws SQLException {
		Long reviewedBy = row.getObject("reviewed_by", Long.class);
		return new Submission(row.getLong("id"), PersonId.of(row.getLong("person_id")), row.getString("programme_slug"),
				row.getString("evidence_key"), row.getString("body"), row.getString("file_name"), row.getString("file_type"),
				row.getObject("file_size", Integer.class), State.of(row.getString("state")),
				instant(row.getTimestamp("submitted_at")), reviewedBy == null ? null : PersonId.of(reviewedBy),
				instant(row.getTimestamp("reviewed_at")), row.getString("review_comment"));
	}

	private static Instant instant(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toLocalDateTime().toInstant(ZoneOffset.UTC);
	}

	private LocalDateTime now() {
		return LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
	}

}
