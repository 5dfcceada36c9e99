package org.socle.catalog.domain;

import java.text.Normalizer;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.socle.catalog.Assessment.Type;
import org.socle.catalog.Axis;
import org.socle.catalog.DraftRuleViolation;
import org.socle.catalog.DraftState;
import org.socle.catalog.DraftSummary;
import org.socle.catalog.DraftView;
import org.socle.catalog.LessonContent.Part;
import org.socle.catalog.content.ContentProblem;
import org.socle.catalog.content.ModuleFolderReader;
import org.socle.catalog.content.ModuleMedia;
import org.socle.catalog.content.ModuleSource;
import org.socle.catalog.domain.ModuleImporter.Origin;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Writing modules in the browser: a draft holds the files of the content format; the importer's
 * reader checks them; another trainer approves (publishing a new immutable version through the same
 * importer) or asks for changes. Every rule is the draft's own ({@link ModuleDraft}); this service
 * loads, checks and saves.
 */
@Service
public class Authoring {

	private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

	private final ModuleDraftRepository drafts;

	private final ModuleFiles moduleFiles;

	private final ContentImport contentImport;

	private final ModuleImporter importer;

	private final CatalogModuleRepository modules;

	private final LessonRenderer renderer;

	private final MediaStore mediaStore;

	private final Clock clock;

	Authoring(ModuleDraftRepository drafts, ModuleFiles moduleFiles, ContentImport contentImport,
			ModuleImporter importer, CatalogModuleRepository modules, LessonRenderer renderer, MediaStore mediaStore,
			Clock clock) {
		this.mediaStore = mediaStore;
		this.drafts = drafts;
		this.moduleFiles = moduleFiles;
		this.contentImport = contentImport;
		this.importer = importer;
		this.modules = modules;
		this.renderer = renderer;
		this.clock = clock;
	}

	/** What a trainer gives to start a new module; the rest is written in the draft. */
	public record NewModule(String slug, String titleFr, String titleEn, Axis axis, int durationMinutes,
			List<String> competencies) {
	}

	/** Starts a new module with a first lesson to write. */
	@Transactional
	public long start(long author, NewModule module) {
		String slug = module.slug() == null || module.slug().isBlank() ? slugOf(module.titleFr()) : module.slug().strip();
		if (!SLUG.matcher(slug).matches() || slug.length() > 100) {
			throw new DraftRuleViolation("invalid-slug");
		}
		if (modules.findBySlug(slug).isPresent()) {
			throw new DraftRuleViolation("module-exists");
		}
		Map<String, String> files = new LinkedHashMap<>();
		files.put("module.yml", descriptor(slug, module));
		files.put("lessons/01-introduction.md", "# " + module.titleFr().strip() + "\n\n## \n\n"
				+ "> **À retenir** — \n");
		return save(ModuleDraft.start(slug, author, null, files, Map.of(), clock.instant()));
	}

	/** Starts a revision of a published module from the files of its current version. */
	@Transactional
	public long revise(long author, String slug) {
		CatalogModule module = modules.findBySlug(slug).orElseThrow(() -> new DraftRuleViolation("unknown-module"));
		Map<String, String> files = moduleFiles.ofCurrentVersion(slug);
		if (files.isEmpty()) {
			throw new DraftRuleViolation("unknown-module");
		}
		return save(ModuleDraft.start(slug, author, module.currentVersionId(), files,
				moduleFiles.mediaHashesOfCurrentVersion(slug), clock.instant()));
	}

	/** The open draft of a module, if one is being written: a second one cannot be started. */
	@Transactional(readOnly = true)
	public Optional<DraftSummary> openDraftOf(String slug) {
		return drafts.findOpen(slug).map(Authoring::summary);
	}

	@Transactional(readOnly = true)
	public List<DraftSummary> draftsOf(long author) {
		return drafts.findByAuthor(author, EnumSet.allOf(DraftState.class)).stream().map(Authoring::summary).toList();
	}

	/** Drafts other trainers have submitted, which this person may review. */
	@Transactional(readOnly = true)
	public List<DraftSummary> awaitingReviewBy(long reviewer) {
		return drafts.findInStateByOthers(DraftState.SUBMITTED, reviewer).stream().map(Authoring::summary).toList();
	}

	/** Whether this person may see the draft, without reading it. */
	@Transactional(readOnly = true)
	public boolean isVisible(long person, long id) {
		return drafts.findById(id).filter(draft -> draft.visibleTo(person)).isPresent();
	}

	/** The draft, when this person may see it: its author, or any reviewer once it was submitted. */
	@Transactional(readOnly = true)
	public Optional<DraftView> view(long person, long id) {
		return drafts.findById(id).filter(draft -> draft.visibleTo(person)).map(this::view);
	}

	/** Saves one file, unless someone changed the draft since {@code seenVersion}. */
	@Transactional
	public void write(long author, long id, long seenVersion, String path, String content) {
		ModuleDraft draft = load(id, author);
		if (draft.lockVersion() != seenVersion) {
			throw new DraftRuleViolation("changed-meanwhile");
		}
		draft.write(author, path, normalise(content), clock.instant());
		flush(draft);
	}

	/** Adds a lesson: its file, and its entry at the end of module.yml's lessons. */
	@Transactional
	public String addLesson(long author, long id, String titleFr, String titleEn) {
		if (titleFr == null || titleFr.isBlank()) {
			throw new DraftRuleViolation("title-required");
		}
		ModuleDraft draft = load(id, author);
		int next = (int) draft.files().keySet().stream().filter(path -> path.matches("lessons/[^/]+\\.md")).count() + 1;
		String file = "%02d-%s.md".formatted(next, slugOf(titleFr));
		String lessonSlug = file.substring(0, file.length() - 3);
		if (draft.files().containsKey("lessons/" + file)) {
			throw new DraftRuleViolation("lesson-exists");
		}
		Map<String, Object> descriptor = readDescriptor(draft.files().get("module.yml"));
		@SuppressWarnings("unchecked")
		List<Object> lessons = descriptor.get("lessons") instanceof List<?> list ? (List<Object>) list : new ArrayList<>();
		Map<String, Object> title = new LinkedHashMap<>();
		title.put("fr", titleFr.strip());
		if (titleEn != null && !titleEn.isBlank()) {
			title.put("en", titleEn.strip());
		}
		Map<String, Object> entry = new LinkedHashMap<>();
		entry.put("file", file);
		entry.put("title", title);
		lessons.add(entry);
		descriptor.put("lessons", lessons);
		draft.write(author, "module.yml", dump(descriptor), clock.instant());
		draft.write(author, "lessons/" + file, "# " + titleFr.strip() + "\n\n## \n\n> **À retenir** — \n", clock.instant());
		flush(draft);
		return lessonSlug;
	}

	/**
	 * Adds an image or PDF to the draft, named after the file sent but typed by its content.
	 *
	 * @return its path in the module, to write in a lesson as {@code ![description](media/name.png)}
	 */
	@Transactional
	public String addMedia(long author, long id, String originalName, byte[] bytes) {
		ModuleDraft draft = load(id, author);
		ModuleMedia.Kind kind = ModuleMedia.sniff(bytes).orElseThrow(() -> new DraftRuleViolation("media-type"));
		String base = originalName == null ? "media" : originalName.replaceAll("^.*[/\\\\]", "").replaceAll("\\.[^.]*$", "");
		String path = "media/" + slugOf(base) + "." + kind.extension();
		ModuleMedia.problemWith(path, bytes).ifPresent(problem -> {
			throw new DraftRuleViolation(problem);
		});
		draft.attachMedia(author, path, mediaStore.store(bytes), clock.instant());
		flush(draft);
		return path;
	}

	/** A draft's image or document, for its author and, once submitted, its reviewers. */
	@Transactional(readOnly = true)
	public Optional<MediaFile> draftMedia(long person, long id, String path) {
		return drafts.findById(id)
			.filter(draft -> draft.visibleTo(person))
			.flatMap(draft -> mediaStore.ofDraft(draft.id(), path))
			.map(stored -> new MediaFile(stored.path(), stored.contentType(), stored.bytes()));
	}

	/** A published version's image or document. */
	@Transactional(readOnly = true)
	public Optional<MediaFile> versionMedia(long versionId, String path) {
		return mediaStore.ofVersion(versionId, path)
			.map(stored -> new MediaFile(stored.path(), stored.contentType(), stored.bytes()));
	}

	/** Bytes to serve with the type found in them. */
	public record MediaFile(String path, String contentType, byte[] bytes) {

		public String fileName() {
			return path.substring(path.lastIndexOf('/') + 1);
		}

		public boolean image() {
			return contentType.startsWith("image/");
		}

	}

	/** Removes a lesson (its files and its entry in module.yml) or the assessment. */
	@Transactional
	public void remove(long author, long id, String path) {
		ModuleDraft draft = load(id, author);
		if (path.startsWith("lessons/") && !path.startsWith("lessons/en/")) {
			String file = path.substring("lessons/".length());
			Map<String, Object> descriptor = readDescriptor(draft.files().get("module.yml"));
			if (descriptor.get("lessons") instanceof List<?> lessons) {
				descriptor.put("lessons", lessons.stream()
					.filter(entry -> !(entry instanceof Map<?, ?> lesson && file.equals(lesson.get("file"))))
					.toList());
				draft.write(author, "module.yml", dump(descriptor), clock.instant());
			}
			draft.remove(author, "lessons/en/" + file, clock.instant());
		}
		draft.remove(author, path, clock.instant());
		flush(draft);
	}

	@Transactional
	public void submit(long author, long id, String comment) {
		ModuleDraft draft = load(id, author);
		draft.submit(author, read(draft).module().isPresent(), comment, clock.instant());
		flush(draft);
	}

	@Transactional
	public void requestChanges(long reviewer, long id, String comment) {
		ModuleDraft draft = load(id, reviewer);
		draft.requestChanges(reviewer, comment, clock.instant());
		flush(draft);
	}

	/** Approves and publishes: the draft's files become the module's next version. */
	@Transactional
	public void approve(long reviewer, long id, String comment) {
		ModuleDraft draft = load(id, reviewer);
		draft.approve(reviewer, comment, clock.instant());
		ModuleSource source = read(draft).module().orElseThrow(() -> new DraftRuleViolation("has-problems"));
		try {
			importer.importModule(source, Origin.REVIEW);
		}
		catch (DataIntegrityViolationException | org.springframework.dao.PessimisticLockingFailureException ex) {
			// Another node published this module at the same moment (the content import, say): theirs stands.
			throw new DraftRuleViolation("changed-meanwhile");
		}
		draft.publishedAs(modules.findBySlug(draft.slug()).orElseThrow().currentVersionId());
		flush(draft);
	}

	@Transactional
	public void withdraw(long author, long id) {
		ModuleDraft draft = load(id, author);
		draft.withdraw(author, clock.instant());
		flush(draft);
	}

	/** A lesson's Markdown as the learner will see it, questions and the draft's images included. */
	public List<Part> preview(long id, String markdown) {
		return renderer.render(markdown == null ? "" : markdown, "/authoring/drafts/" + id + "/");
	}

	/**
	 * The assessment file with a question of that type added at its end, ready to be completed: for
	 * the editor, which shows it before anything is saved.
	 */
	public static String withQuestion(String assessment, Type type) {
		String text = assessment == null || assessment.isBlank() ? QuestionTemplates.ASSESSMENT_HEAD
				: assessment.replace("\r\n", "\n");
		int number = 1;
		while (text.contains("- id: question-" + number + "\n")) {
			number++;
		}
		return (text.endsWith("\n") ? text : text + "\n") + QuestionTemplates.of(type, "question-" + number);
	}

	/** Loads a draft to change it, locking its row: two reviewers deciding at once queue, one after the other. */
	private ModuleDraft load(long id, long person) {
		return drafts.findForUpdate(id)
			.filter(draft -> draft.visibleTo(person))
			.orElseThrow(() -> new DraftRuleViolation("unknown-draft"));
	}

	private long save(ModuleDraft draft) {
		try {
			return drafts.saveAndFlush(draft).id();
		}
		catch (DataIntegrityViolationException ex) {
			throw new DraftRuleViolation("open-draft-exists");
		}
	}

	private void flush(ModuleDraft draft) {
		try {
			drafts.saveAndFlush(draft);
		}
		catch (ObjectOptimisticLockingFailureException | DataIntegrityViolationException
				| org.springframework.dao.PessimisticLockingFailureException ex) {
			throw new DraftRuleViolation("changed-meanwhile");
		}
	}

	private ModuleFolderReader.Result read(ModuleDraft draft) {
		Map<String, byte[]> contents = mediaStore.contents(List.copyOf(draft.media().values()));
		Map<String, byte[]> media = new LinkedHashMap<>();
		draft.media().forEach((path, hash) -> media.put(path, contents.get(hash)));
		return ModuleFiles.read(contentImport.moduleReader(), draft.slug(), draft.files(), media);
	}

	private DraftView view(ModuleDraft draft) {
		ModuleFolderReader.Result read = read(draft);
		List<ContentProblem> problems = read.problems();
		List<DraftView.LessonFiles> lessons = read.module()
			.map(module -> module.lessons()
				.stream()
				.map(lesson -> new DraftView.LessonFiles(lesson.slug(), lesson.titleFr(), "lessons/" + lesson.slug() + ".md",
						lesson.markdownEn() == null ? null : "lessons/en/" + lesson.slug() + ".md"))
				.toList())
			.orElseGet(() -> draft.files()
				.keySet()
				.stream()
				.filter(path -> path.startsWith("lessons/") && !path.startsWith("lessons/en/"))
				.map(path -> {
					String slug = path.substring("lessons/".length(), path.length() - 3);
					String english = "lessons/en/" + slug + ".md";
					return new DraftView.LessonFiles(slug, slug, path, draft.files().containsKey(english) ? english : null);
				})
				.toList());
		List<DraftView.Transition> history = draft.transitions()
			.stream()
			.map(step -> new DraftView.Transition(step.from(), step.to(), step.actorId(), step.occurredAt(), step.comment()))
			.toList();
		return new DraftView(draft.id(), draft.slug(), titleOf(draft), draft.state(), draft.authorId(), draft.updatedAt(),
				draft.lockVersion(), draft.basedOnVersionId() != null, draft.files(), List.copyOf(draft.media().keySet()),
				lessons, problems, history);
	}

	private static DraftSummary summary(ModuleDraft draft) {
		return new DraftSummary(draft.id(), draft.slug(), titleOf(draft), draft.state(), draft.authorId(),
				draft.updatedAt());
	}

	/** The French title of module.yml, or the slug while the file cannot be read. */
	private static String titleOf(ModuleDraft draft) {
		try {
			if (readDescriptor(draft.files().get("module.yml")).get("title") instanceof Map<?, ?> title
					&& title.get("fr") instanceof String french && !french.isBlank()) {
				return french;
			}
		}
		catch (DraftRuleViolation ex) {
			// the author is still writing it: the slug names the draft meanwhile
		}
		return draft.slug();
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> readDescriptor(String yaml) {
		try {
			Object loaded = new Yaml(new LoaderOptions()).load(yaml == null ? "" : yaml);
			if (loaded instanceof Map<?, ?> map) {
				return new LinkedHashMap<>((Map<String, Object>) map);
			}
		}
		catch (YAMLException | ClassCastException ex) {
			// reported below
		}
		throw new DraftRuleViolation("module-file-unreadable");
	}

	private static String descriptor(String slug, NewModule module) {
		Map<String, Object> yaml = new LinkedHashMap<>();
		yaml.put("id", slug);
		yaml.put("title", texts(module.titleFr(), module.titleEn()));
		yaml.put("summary", texts("À compléter : ce que le module apporte, en deux phrases.", null));
		yaml.put("axis", module.axis() == null ? Axis.DIGITAL_TOOLS.code() : module.axis().code());
		yaml.put("duration", module.durationMinutes() > 0 ? module.durationMinutes() : 30);
		yaml.put("level", "introduction");
		yaml.put("professions", List.of());
		yaml.put("competencies", module.competencies() == null ? List.of() : module.competencies());
		yaml.put("objectives", List.of(texts("À compléter : un objectif observable.", null)));
		yaml.put("prerequisites", List.of());
		yaml.put("completion", Map.of("lessons", "all"));
		yaml.put("authors", List.of(Map.of("name", "Équipe pédagogique", "role", "rédaction")));
		yaml.put("sources", List.of());
		yaml.put("lessons", List.of(Map.of("file", "01-introduction.md", "title",
				texts("Introduction", module.titleEn() == null || module.titleEn().isBlank() ? null : "Introduction"))));
		return dump(yaml);
	}

	private static Map<String, Object> texts(String french, String english) {
		Map<String, Object> texts = new LinkedHashMap<>();
		texts.put("fr", french == null ? "" : french.strip());
		if (english != null && !english.isBlank()) {
			texts.put("en", english.strip());
		}
		return texts;
	}

	private static String dump(Map<String, Object> yaml) {
		DumperOptions options = new DumperOptions();
		options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
		options.setAllowUnicode(true);
		options.setWidth(120);
		options.setIndicatorIndent(2);
		options.setIndentWithIndicator(true);
		return new Yaml(options).dump(yaml);
	}

	/** Lower case, no accents, words joined by hyphens: a file or module name from a title. */
	static String slugOf(String title) {
		String ascii = Normalizer.normalize(title == null ? "" : title, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
		String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
		if (slug.length() > 60) {
			slug = slug.substring(0, 60).replaceAll("-+$", "");
		}
		return slug.isEmpty() ? "module" : slug;
	}

	/** Browsers send text areas with CRLF line ends; files keep LF so that hashes do not depend on it. */
	private static String normalise(String content) {
		return content == null ? "" : content.replace("\r\n", "\n");
	}

}
