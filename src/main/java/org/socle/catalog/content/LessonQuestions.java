package org.socle.catalog.content;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.socle.catalog.Assessment.Question;
import org.socle.catalog.Assessment.Type;

/**
 * The check-your-understanding questions embedded in a lesson: fenced blocks with the info string
 * {@code question}, holding one question of the assessment format whose texts are written in the
 * lesson's language only. They are formative: answered in the lesson, never graded.
 */
public final class LessonQuestions {

	/** The info string of a fenced block holding a question. */
	public static final String INFO = "question";

	/** The types a lesson may embed: quick to answer, with feedback per answer. */
	public static final Set<Type> TYPES = EnumSet.of(Type.SINGLE_CHOICE, Type.MULTIPLE_CHOICE, Type.TRUE_FALSE);

	private static final Parser PARSER = Parser.builder().includeSourceSpans(IncludeSourceSpans.BLOCKS).build();

	private LessonQuestions() {
	}

	/** Whether a fenced block holds an embedded question. */
	public static boolean isQuestion(FencedCodeBlock block) {
		return INFO.equals(block.getInfo() == null ? null : block.getInfo().strip());
	}

	/** Reads one block's YAML; empty when it is not a valid question (the importer reports why). */
	public static Optional<Question> parse(String yaml) {
		List<ContentProblem> problems = new ArrayList<>();
		return read(Path.of("lesson.md"), yaml, 0, problems).filter(question -> problems.isEmpty());
	}

	/**
	 * Reads every question of a lesson, reporting problems at their line in the lesson file.
	 *
	 * @return the ids of the questions, in order
	 */
	static Set<String> check(Path file, String markdown, List<ContentProblem> problems) {
		Set<String> ids = new LinkedHashSet<>();
		Set<String> seen = new HashSet<>();
		PARSER.parse(markdown).accept(new AbstractVisitor() {
			@Override
			public void visit(FencedCodeBlock block) {
				if (!isQuestion(block)) {
					return;
				}
				int firstLine = block.getSourceSpans().isEmpty() ? 0 : block.getSourceSpans().get(0).getLineIndex() + 1;
				read(file, block.getLiteral(), firstLine, problems).ifPresent(question -> {
					if (!seen.add(question.id())) {
						problems.add(ContentProblem.of(file, firstLine, "duplicate-question", question.id()));
					}
					ids.add(question.id());
				});
			}
		});
		return ids;
	}

	private static Optional<Question> read(Path file, String yaml, int lineOffset, List<ContentProblem> problems) {
		List<ContentProblem> found = new ArrayList<>();
		YamlFields fields = new YamlFields(file, found, true);
		Optional<Question> question = fields.root(yaml).map(root -> {
			Question read = new AssessmentReader(fields).question(root);
			if (read != null && !TYPES.contains(read.type())) {
				fields.problem(YamlFields.line(root, "type"), "lesson-question-type", read.type().code());
			}
			return read;
		});
		for (ContentProblem problem : found) {
			problems.add(new ContentProblem(problem.file(), problem.line() + lineOffset, problem.code(),
					problem.arguments()));
		}
		return question;
	}

}
