package org.socle.catalog.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Document;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.socle.catalog.Assessment.Question;
import org.socle.catalog.LessonContent.Part;
import org.socle.catalog.content.LessonQuestions;
import org.socle.catalog.content.ModuleMedia;
import org.owasp.html.PolicyFactory;
import org.springframework.stereotype.Component;

/**
 * Turns lesson Markdown into HTML that is safe to insert in a page: raw HTML in the Markdown is
 * escaped, and the result passes an allow-list sanitiser, whoever wrote the lesson. Embedded
 * {@code question} blocks become questions the page renders as forms.
 */
@Component
class LessonRenderer {

	private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());

	private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
		.allowElements("h2", "h3", "h4", "h5", "h6", "p", "ul", "ol", "li", "blockquote", "pre", "code", "em",
				"strong", "hr", "br", "table", "thead", "tbody", "tr", "th", "td", "a", "img", "del", "sup", "sub")
		.allowUrlProtocols("https", "http", "mailto")
		.allowAttributes("href", "title").onElements("a")
		.allowAttributes("src", "alt", "title").onElements("img")
		.allowAttributes("align").matching(false, "left", "center", "right").onElements("th", "td")
		.allowAttributes("start").matching(java.util.regex.Pattern.compile("[0-9]{1,4}")).onElements("ol")
		.requireRelsOnLinks("noopener", "noreferrer")
		.toFactory();

	private final Parser parser = Parser.builder().extensions(EXTENSIONS).build();

	private final HtmlRenderer renderer = HtmlRenderer.builder().extensions(EXTENSIONS).escapeHtml(true).build();

	/** The lesson as passages of sanitised HTML around its embedded questions. */
	List<Part> render(String markdown) {
		return render(markdown, null);
	}

	/**
	 * The same, with the module's own images and documents ({@code media/name.ext}) served from
	 * {@code mediaBase} (the version's or the draft's address, ending with a slash).
	 */
	List<Part> render(String markdown, String mediaBase) {
		Node document = parser.parse(markdown);
		if (mediaBase != null) {
			document.accept(new AbstractVisitor() {
				@Override
				public void visit(Image image) {
					image.setDestination(served(image.getDestination(), mediaBase));
					visitChildren(image);
				}

				@Override
				public void visit(Link link) {
					link.setDestination(served(link.getDestination(), mediaBase));
					visitChildren(link);
				}
			});
		}
		// The page already shows the lesson title as its only level-1 heading.
		if (document.getFirstChild() instanceof Heading heading && heading.getLevel() == 1) {
			heading.unlink();
		}
		List<Node> blocks = new ArrayList<>();
		for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
			blocks.add(node);
		}
		List<Part> parts = new ArrayList<>();
		Document passage = new Document();
		for (Node block : blocks) {
			Optional<Question> question = block instanceof FencedCodeBlock fenced && LessonQuestions.isQuestion(fenced)
					? LessonQuestions.parse(fenced.getLiteral()) : Optional.empty();
			if (question.isEmpty()) {
				passage.appendChild(block);
				continue;
			}
			if (passage.getFirstChild() != null) {
				parts.add(Part.html(sanitise(renderer.render(passage))));
				passage = new Document();
			}
			parts.add(Part.question(question.get()));
		}
		if (passage.getFirstChild() != null) {
			parts.add(Part.html(sanitise(renderer.render(passage))));
		}
		return List.copyOf(parts);
	}

	private static String served(String destination, String mediaBase) {
		return destination != null && ModuleMedia.PATH.matcher(destination).matches() ? mediaBase + destination
				: destination;
	}

	/** The HTML passages alone, joined: what a reader without the questions sees. */
	String renderHtml(String markdown) {
		return render(markdown).stream()
			.map(Part::safeHtml)
			.filter(java.util.Objects::nonNull)
			.collect(java.util.stream.Collectors.joining());
	}

	/** The allow-list policy alone; applying it to its own output changes nothing. */
	static String sanitise(String html) {
		return POLICY.sanitize(html);
	}

}
