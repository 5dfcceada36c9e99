package org.socle.catalog;

import java.util.List;
import java.util.Optional;

import org.socle.catalog.Assessment.Question;

/**
 * A lesson ready to show: passages of HTML rendered from Markdown and sanitised, so templates may
 * insert them as is, between the check-your-understanding questions the author embedded.
 */
public record LessonContent(LessonRef lesson, List<Part> parts) {

	/** One passage of the lesson: either sanitised HTML or an embedded question, never both. */
	public record Part(String safeHtml, Question question) {

		public static Part html(String safeHtml) {
			return new Part(safeHtml, null);
		}

		public static Part question(Question question) {
			return new Part(null, question);
		}

	}

	/** The lesson's HTML passages joined, without its questions. */
	public String safeHtml() {
		return parts.stream().map(Part::safeHtml).filter(java.util.Objects::nonNull).collect(java.util.stream.Collectors.joining());
	}

	/** The embedded question with this id. */
	public Optional<Question> question(String id) {
		return parts.stream()
			.map(Part::question)
			.filter(question -> question != null && question.id().equals(id))
			.findFirst();
	}

}
