package org.socle.catalog.content;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.socle.catalog.Assessment;
import org.socle.catalog.Axis;
import org.socle.catalog.ModuleDetails;
import org.socle.catalog.ModuleDetails.Author;
import org.socle.catalog.ModuleDetails.Completion;
import org.socle.catalog.ModuleDetails.Level;
import org.socle.catalog.ModuleDetails.Objective;
import org.socle.catalog.ModuleDetails.Source;
import org.socle.catalog.ModuleDetails.Text;
import org.socle.catalog.content.ModuleSource.LessonSource;
import org.socle.shared.text.Digests;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads one module folder ({@code module.yml} and {@code lessons/*.md}) and either returns the
 * module or lists every problem found, each with its file and line. Nothing is imported from a
 * folder with problems; other folders are not affected.
 */
public class ModuleFolderReader {

	static final String DESCRIPTOR = "module.yml";

	static final String ASSESSMENT = "assessment.yml";

	private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

	private static final Pattern LESSON_FILE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*\\.md");

	private static final Pattern COMPETENCY = Pattern.compile("D[0-9]+(\\.[0-9]+)*");

	private static final Pattern WEB_ADDRESS = Pattern.compile("https?://[^\\s\"<>]+");

	private static final int MAX_FILE_BYTES = 1024 * 1024;

	/** A Markdown image or link to a file of the module's media folder. */
	private static final Pattern MEDIA_REFERENCE = Pattern.compile("\\]\\((media/[^)\\s]+)");

	/** The outcome of reading a folder: a module, or the problems that prevent it. */
	public record Result(Optional<ModuleSource> module, List<ContentProblem> problems) {
	}

	private final Set<String> competencyCodes;

	/** @param competencyCodes the codes of the competency frameworks that modules may reference */
	public ModuleFolderReader(Set<String> competencyCodes) {
		this.competencyCodes = Set.copyOf(competencyCodes);
	}

	public Result read(Path folder) {
		Reading reading = new Reading(folder, competencyCodes);
		ModuleSource module = reading.module();
		return new Result(reading.problems.isEmpty() ? Optional.ofNullable(module) : Optional.empty(),
				List.copyOf(reading.problems));
	}

	/** The state of reading one folder: its problems and the digest of every file read. */
	private static final class Reading {

		private final Path folder;

		private final Path descriptor;

		private final List<ContentProblem> problems = new ArrayList<>();

		private final YamlFields fields;

		private final Map<String, String> files = new java.util.TreeMap<>();

		private final MessageDigest digest;

		private final Set<String> competencyCodes;

		Reading(Path folder, Set<String> competencyCodes) {
			this.folder = folder;
			this.competencyCodes = competencyCodes;
			this.descriptor = folder.resolve(DESCRIPTOR);
			this.fields = new YamlFields(descriptor, problems);
			this.digest = Digests.sha256();
		}

		ModuleSource module() {
			Optional<MappingNode> root = readText(descriptor).flatMap(fields::root);
			if (root.isEmpty()) {
				return null;
			}
			MappingNode mapping = root.get();
			String slug = folder.getFileName().toString();
			String id = fields.scalar(mapping, "id", true);
			if (id != null && !id.equals(slug)) {
				fields.problem(YamlFields.line(mapping, "id"), "id-mismatch", id, slug);
			}
			if (!SLUG.matcher(slug).matches()) {
				fields.problem(0, "invalid-slug", slug);
			}
			MappingNode title = fields.translations(mapping, "title", true);
			MappingNode summary = fields.translations(mapping, "summary", true);
			String titleFr = title == null ? null : fields.scalar(title, "fr", true);
			String titleEn = title == null ? null : fields.scalar(title, "en", false);
			String summaryFr = summary == null ? null : fields.scalar(summary, "fr", true);
			String summaryEn = summary == null ? null : fields.scalar(summary, "en", false);
			Axis axis = axis(mapping);
			int duration = duration(mapping);
			ModuleDetails partial = details(mapping);
			List<LessonSource> lessons = lessons(mapping);
			boolean english = !lessons.isEmpty() && lessons.stream().allMatch(lesson -> lesson.markdownEn() != null);
			ModuleDetails details = new ModuleDetails(partial.level(), partial.professions(), partial.competencies(),
					partial.objectives(), partial.prerequisites(), partial.authors(), partial.sources(),
					partial.completion(), english ? List.of("fr", "en") : List.of("fr"));
			Assessment assessment = assessment();
			Map<String, byte[]> media = media();
			checkMediaReferences(lessons, media.keySet());
			if (!problems.isEmpty()) {
				return null;
			}
			return new ModuleSource(slug, titleFr, titleEn, summaryFr, summaryEn, axis, duration, details, lessons,
					assessment, Map.copyOf(files), Map.copyOf(media), HexFormat.of().formatHex(digest.digest()));
		}

		/** The images and documents of {@code media/}: each named, sized and sniffed; no folder, no link. */
		private Map<String, byte[]> media() {
			Map<String, byte[]> media = new java.util.TreeMap<>();
			Path folder = this.folder.resolve("media");
			if (!Files.isDirectory(folder, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
				return media;
			}
			try (java.util.stream.Stream<Path> entries = Files.list(folder)) {
				for (Path file : entries.sorted().toList()) {
					String path = "media/" + file.getFileName();
					if (!Files.isRegularFile(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
						problem(file, 0, "invalid-media-name", path);
						continue;
					}
					if (Files.size(file) > ModuleMedia.MAX_BYTES) {
						problem(file, 0, "media-too-large", String.valueOf(ModuleMedia.MAX_BYTES / 1024 / 1024));
						continue;
					}
					byte[] bytes = Files.readAllBytes(file);
					Optional<String> problem = ModuleMedia.problemWith(path, bytes);
					if (problem.isPresent()) {
						problem(file, 0, problem.get(), path, String.valueOf(ModuleMedia.MAX_BYTES / 1024 / 1024));
						continue;
					}
					digest.update(path.getBytes(StandardCharsets.UTF_8));
					digest.update((byte) 0);
					digest.update(bytes);
					media.put(path, bytes);
				}
			}
			catch (IOException ex) {
				problem(folder, 0, "unreadable", String.valueOf(ex.getMessage()));
			}
			return media;
		}

		/** A lesson that shows or links to {@code media/x} needs that file in the module. */
		private void checkMediaReferences(List<LessonSource> lessons, Set<String> media) {
			for (LessonSource lesson : lessons) {
				checkMediaReferences(folder.resolve("lessons").resolve(lesson.slug() + ".md"), lesson.markdownFr(), media);
				if (lesson.markdownEn() != null) {
					checkMediaReferences(folder.resolve("lessons/en").resolve(lesson.slug() + ".md"), lesson.markdownEn(),
							media);
				}
			}
		}

		private void checkMediaReferences(Path file, String markdown, Set<String> media) {
			java.util.regex.Matcher reference = MEDIA_REFERENCE.matcher(markdown);
			while (reference.find()) {
				if (!media.contains(reference.group(1))) {
					int line = (int) markdown.substring(0, reference.start()).chars().filter(c -> c == '\n').count() + 1;
					problem(file, line, "missing-media", reference.group(1));
				}
			}
		}

		/** The optional {@code assessment.yml} beside {@code module.yml}. */
		private Assessment assessment() {
			Path file = folder.resolve(ASSESSMENT);
			if (!Files.isRegularFile(file)) {
				return null;
			}
			YamlFields assessmentFields = new YamlFields(file, problems);
			return readText(file).flatMap(assessmentFields::root)
				.map(root -> new AssessmentReader(assessmentFields).read(root))
				.orElse(null);
		}

		private ModuleDetails details(MappingNode mapping) {
			Level level = level(mapping);
			List<String> professions = codes(mapping, "professions", false, SLUG, "invalid-profession");
			List<String> competencies = codes(mapping, "competencies", true, COMPETENCY, "unknown-competency");
			for (String code : competencies) {
				if (!competencyCodes.contains(code)) {
					fields.problem(YamlFields.line(mapping, "competencies"), "unknown-competency", code);
				}
			}
			List<Objective> objectives = new ArrayList<>();
			for (Node item : fields.sequence(mapping, "objectives", true)) {
				if (item instanceof MappingNode objective) {
					List<String> served = codes(objective, "competencies", false, COMPETENCY, "unknown-competency");
					served.stream()
						.filter(code -> !competencies.contains(code))
						.forEach(code -> fields.problem(YamlFields.line(objective, "competencies"), "objective-competency", code));
					objectives.add(new Objective(fields.scalar(objective, "fr", true), fields.scalar(objective, "en", false),
							served));
				}
				else {
					fields.problem(YamlFields.line(item), "missing-translations", "objectives");
				}
			}
			List<String> prerequisites = codes(mapping, "prerequisites", false, SLUG, "invalid-prerequisite");
			List<Author> authors = new ArrayList<>();
			for (Node item : fields.sequence(mapping, "authors", true)) {
				if (item instanceof MappingNode author) {
					authors.add(new Author(fields.scalar(author, "name", true), fields.scalar(author, "role", false)));
				}
				else {
					fields.problem(YamlFields.line(item), "not-a-mapping", "authors");
				}
			}
			List<Source> sources = new ArrayList<>();
			for (Node item : fields.sequence(mapping, "sources", false)) {
				if (item instanceof MappingNode source) {
					String url = fields.scalar(source, "url", false);
					if (url != null && !WEB_ADDRESS.matcher(url).matches()) {
						fields.problem(YamlFields.line(source, "url"), "invalid-url", url);
					}
					sources.add(new Source(fields.scalar(source, "title", true), url));
				}
				else {
					fields.problem(YamlFields.line(item), "not-a-mapping", "sources");
				}
			}
			return new ModuleDetails(level, professions, competencies, objectives, prerequisites, authors, sources,
					completion(mapping), List.of("fr"));
		}

		private Level level(MappingNode mapping) {
			String value = fields.scalar(mapping, "level", true);
			if (value == null) {
				return null;
			}
			for (Level level : Level.values()) {
				if (level.code().equals(value)) {
					return level;
				}
			}
			fields.problem(YamlFields.line(mapping, "level"), "invalid-level", value);
			return null;
		}

		/**
		 * Every lesson read ({@code lessons: all}) and, unless {@code assessment: optional}, the
		 * assessment passed when the module has one.
		 */
		private Completion completion(MappingNode mapping) {
			boolean hasAssessment = Files.isRegularFile(folder.resolve(ASSESSMENT));
			Node node = YamlFields.valueOf(mapping, "completion");
			if (node == null) {
				return new Completion(true, hasAssessment);
			}
			if (!(node instanceof MappingNode completion)) {
				fields.problem(YamlFields.line(node), "not-a-mapping", "completion");
				return null;
			}
			String lessons = fields.scalar(completion, "lessons", true);
			if (lessons != null && !"all".equals(lessons)) {
				fields.problem(YamlFields.line(completion, "lessons"), "invalid-completion", lessons);
			}
			String assessment = fields.scalar(completion, "assessment", false);
			if (assessment != null && !assessment.equals("required") && !assessment.equals("optional")) {
				fields.problem(YamlFields.line(completion, "assessment"), "invalid-completion", assessment);
			}
			if ("required".equals(assessment) && !hasAssessment) {
				fields.problem(YamlFields.line(completion, "assessment"), "assessment-missing");
			}
			return new Completion(true, hasAssessment && !"optional".equals(assessment));
		}

		private List<String> codes(MappingNode mapping, String key, boolean required, Pattern pattern, String problem) {
			List<String> codes = new ArrayList<>();
			for (Node item : fields.sequence(mapping, key, required)) {
				String code = item instanceof ScalarNode scalar ? scalar.getValue().strip() : null;
				if (code == null || !pattern.matcher(code).matches()) {
					fields.problem(YamlFields.line(item), problem, String.valueOf(code));
				}
				else if (!codes.contains(code)) {
					codes.add(code);
				}
			}
			return List.copyOf(codes);
		}

		private Axis axis(MappingNode mapping) {
			String code = fields.scalar(mapping, "axis", true);
			if (code == null) {
				return null;
			}
			Optional<Axis> axis = Axis.fromCode(code);
			if (axis.isEmpty()) {
				fields.problem(YamlFields.line(mapping, "axis"), "invalid-axis", code);
			}
			return axis.orElse(null);
		}

		private int duration(MappingNode mapping) {
			String value = fields.scalar(mapping, "duration", true);
			if (value == null) {
				return 0;
			}
			try {
				int minutes = Integer.parseInt(value);
				if (minutes >= 1 && minutes <= 600) {
					return minutes;
				}
			}
			catch (NumberFormatException ex) {
				// reported below
			}
			fields.problem(YamlFields.line(mapping, "duration"), "invalid-duration", value);
			return 0;
		}

		private List<LessonSource> lessons(MappingNode mapping) {
			Node node = YamlFields.valueOf(mapping, "lessons");
			if (!(node instanceof SequenceNode sequence) || sequence.getValue().isEmpty()) {
				fields.problem(node == null ? 0 : YamlFields.line(node), "no-lessons");
				return List.of();
			}
			List<LessonSource> lessons = new ArrayList<>();
			Set<String> seen = new HashSet<>();
			for (Node item : sequence.getValue()) {
				if (!(item instanceof MappingNode lesson)) {
					fields.problem(YamlFields.line(item), "lesson-not-a-mapping");
					continue;
				}
				String file = fields.scalar(lesson, "file", true);
				MappingNode title = fields.translations(lesson, "title", true);
				String titleFr = title == null ? null : fields.scalar(title, "fr", true);
				String titleEn = title == null ? null : fields.scalar(title, "en", false);
				if (file == null) {
					continue;
				}
				if (!LESSON_FILE.matcher(file).matches()) {
					fields.problem(YamlFields.line(lesson, "file"), "invalid-lesson-file", file);
					continue;
				}
				if (!seen.add(file)) {
					fields.problem(YamlFields.line(lesson, "file"), "duplicate-lesson", file);
					continue;
				}
				Path french = folder.resolve("lessons").resolve(file);
				if (!Files.isRegularFile(french)) {
					fields.problem(YamlFields.line(lesson, "file"), "missing-lesson-file", "lessons/" + file);
					continue;
				}
				Path english = folder.resolve("lessons").resolve("en").resolve(file);
				String markdownFr = readText(french).orElse(null);
				String markdownEn = Files.isRegularFile(english) ? readText(english).orElse(null) : null;
				if (markdownFr != null) {
					Set<String> questions = LessonQuestions.check(french, markdownFr, problems);
					if (markdownEn != null && !LessonQuestions.check(english, markdownEn, problems).equals(questions)) {
						problem(english, 0, "lesson-questions-differ", "lessons/" + file);
					}
					lessons.add(new LessonSource(file.substring(0, file.length() - 3), titleFr, titleEn, markdownFr,
							markdownEn));
				}
			}
			return lessons;
		}

		/** Reads a file as strict UTF-8, adding it to the module's digest. */
		private Optional<String> readText(Path file) {
			try {
				if (!Files.isRegularFile(file)) {
					problem(file, 0, "missing-file", file.getFileName().toString());
					return Optional.empty();
				}
				if (Files.size(file) > MAX_FILE_BYTES) {
					problem(file, 0, "file-too-large", String.valueOf(MAX_FILE_BYTES / 1024));
					return Optional.empty();
				}
				byte[] bytes = Files.readAllBytes(file);
				String text = StandardCharsets.UTF_8.newDecoder()
					.onMalformedInput(CodingErrorAction.REPORT)
					.onUnmappableCharacter(CodingErrorAction.REPORT)
					.decode(ByteBuffer.wrap(bytes))
					.toString();
				String path = folder.relativize(file).toString().replace('\\', '/');
				digest.update(path.getBytes(StandardCharsets.UTF_8));
				digest.update((byte) 0);
				digest.update(bytes);
				files.put(path, text);
				return Optional.of(text.startsWith("\uFEFF") ? text.substring(1) : text);
			}
			catch (CharacterCodingException ex) {
				problem(file, 0, "not-utf8");
				return Optional.empty();
			}
			catch (IOException ex) {
				problem(file, 0, "unreadable", String.valueOf(ex.getMessage()));
				return Optional.empty();
			}
		}

		private void problem(Path file, int line, String code, String... arguments) {
			problems.add(ContentProblem.of(file, line, code, arguments));
		}

	}

}
