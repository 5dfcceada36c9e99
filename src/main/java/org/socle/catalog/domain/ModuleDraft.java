package org.socle.catalog.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.socle.catalog.DraftRuleViolation;
import org.socle.catalog.DraftState;

/**
 * A module being written or revised in the browser, kept as the files of the content format, and its
 * review: the author writes and submits; another trainer approves (which publishes it as a new
 * immutable version) or sends it back with comments. Every transition is recorded. Concurrent changes
 * are caught by the lock version: two reviewers cannot both decide.
 */
@Entity
@Table(name = "catalog_draft")
class ModuleDraft {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, length = 100)
	private String slug;

	/** The slug while the draft is open, null after: the database allows one open draft per module. */
	@Column(name = "open_slug", length = 100)
	private String openSlug;

	@Column(name = "author_id", nullable = false)
	private long authorId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, length = 30)
	private DraftState state;

	@Column(name = "based_on_version_id")
	private Long basedOnVersionId;

	@Column(name = "published_version_id")
	private Long publishedVersionId;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@Version
	@Column(name = "lock_version", nullable = false)
	private long lockVersion;

	@ElementCollection
	@CollectionTable(name = "catalog_draft_file", joinColumns = @JoinColumn(name = "draft_id"))
	@MapKeyColumn(name = "path", length = 300)
	@Column(name = "content", nullable = false, length = LessonBody.MAX_LENGTH)
	private Map<String, String> files = new TreeMap<>();

	/** Images and documents: path to the hash of their stored content. */
	@ElementCollection
	@CollectionTable(name = "catalog_draft_media", joinColumns = @JoinColumn(name = "draft_id"))
	@MapKeyColumn(name = "path", length = 300)
	@Column(name = "sha256", nullable = false, length = 64)
	private Map<String, String> media = new TreeMap<>();

	@OneToMany(cascade = CascadeType.ALL)
	@JoinColumn(name = "draft_id", nullable = false, updatable = false)
	@OrderBy("occurredAt, id")
	private List<DraftTransition> transitions = new ArrayList<>();

	protected ModuleDraft() {
	}

	private ModuleDraft(String slug, long authorId, Long basedOnVersionId, Map<String, String> files,
			Map<String, String> media, Instant now) {
		this.media.putAll(media);
		this.slug = slug;
		this.openSlug = slug;
		this.authorId = authorId;
		this.basedOnVersionId = basedOnVersionId;
		this.files.putAll(files);
		this.state = DraftState.DRAFT;
		this.createdAt = now;
		this.updatedAt = now;
		transitions.add(new DraftTransition(null, DraftState.DRAFT, authorId, now, null));
	}

	/** A new module, or a revision of a published one ({@code basedOnVersionId} set). */
	static ModuleDraft start(String slug, long authorId, Long basedOnVersionId, Map<String, String> files,
			Map<String, String> media, Instant now) {
		return new ModuleDraft(slug, authorId, basedOnVersionId, files, media, now);
	}

	/** Adds (or replaces) an image or document already checked and stored under {@code sha256}. */
	void attachMedia(long by, String path, String sha256, Instant now) {
		requireAuthor(by);
		requireEditable();
		if (!org.socle.catalog.content.ModuleMedia.PATH.matcher(path).matches()) {
			throw new DraftRuleViolation("invalid-media-name");
		}
		media.put(path, sha256);
		updatedAt = now;
	}

	/** Replaces (or adds) one file; only the author, only while the draft is theirs to change. */
	void write(long by, String path, String content, Instant now) {
		requireAuthor(by);
		requireEditable();
		if (!ModuleFiles.PATH.matcher(path).matches()) {
			throw new DraftRuleViolation("not-a-module-file");
		}
		files.put(path, content);
		updatedAt = now;
	}

	/** Removes a lesson or the assessment; module.yml stays. */
	void remove(long by, String path, Instant now) {
		requireAuthor(by);
		requireEditable();
		if ("module.yml".equals(path)) {
			throw new DraftRuleViolation("module-file-required");
		}
		files.remove(path);
		media.remove(path);
		updatedAt = now;
	}

	/** The author asks for review; only a draft without problems can be reviewed. */
	void submit(long by, boolean valid, String comment, Instant now) {
		requireAuthor(by);
		requireEditable();
		if (!valid) {
			throw new DraftRuleViolation("has-problems");
		}
		moveTo(DraftState.SUBMITTED, by, comment, now);
	}

	/** Another trainer sends it back; saying what to change is required. */
	void requestChanges(long by, String comment, Instant now) {
		requireReviewer(by);
		if (comment == null || comment.isBlank()) {
			throw new DraftRuleViolation("comment-required");
		}
		moveTo(DraftState.CHANGES_REQUESTED, by, comment, now);
	}

	/** Another trainer approves it: it is published as the version given. */
	void approve(long by, String comment, Instant now) {
		requireReviewer(by);
		moveTo(DraftState.PUBLISHED, by, comment, now);
		openSlug = null;
	}

	void publishedAs(long versionId) {
		this.publishedVersionId = versionId;
	}

	/** The author gives up this draft; the module's published versions are untouched. */
	void withdraw(long by, Instant now) {
		requireAuthor(by);
		if (!state.open()) {
			throw new DraftRuleViolation("closed");
		}
		moveTo(DraftState.WITHDRAWN, by, null, now);
		openSlug = null;
	}

	/** Its author always; other trainers once it has been submitted for review. */
	boolean visibleTo(long person) {
		return person == authorId || state != DraftState.DRAFT;
	}

	private void requireReviewer(long by) {
		if (by == authorId) {
			throw new DraftRuleViolation("own-draft");
		}
		if (state != DraftState.SUBMITTED) {
			throw new DraftRuleViolation("not-submitted");
		}
	}

	private void requireAuthor(long by) {
		if (by != authorId) {
			throw new DraftRuleViolation("not-author");
		}
	}

	private void requireEditable() {
		if (!state.editable()) {
			throw new DraftRuleViolation("not-editable");
		}
	}

	private void moveTo(DraftState next, long by, String comment, Instant now) {
		String said = comment == null || comment.isBlank() ? null : comment.strip();
		if (said != null && said.length() > DraftTransition.MAX_COMMENT) {
			throw new DraftRuleViolation("comment-too-long");
		}
		transitions.add(new DraftTransition(state, next, by, now, said));
		state = next;
		updatedAt = now;
	}

	Long id() {
		return id;
	}

	String slug() {
		return slug;
	}

	long authorId() {
		return authorId;
	}

	DraftState state() {
		return state;
	}

	Long basedOnVersionId() {
		return basedOnVersionId;
	}

	Long publishedVersionId() {
		return publishedVersionId;
	}

	Instant updatedAt() {
		return updatedAt;
	}

	long lockVersion() {
		return lockVersion;
	}

	Map<String, String> files() {
		return Collections.unmodifiableMap(files);
	}

	Map<String, String> media() {
		return Collections.unmodifiableMap(media);
	}

	List<DraftTransition> transitions() {
		return Collections.unmodifiableList(transitions);
	}

}
