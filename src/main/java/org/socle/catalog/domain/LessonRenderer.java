package org.socle.catalog.domain;

import java.util.List;

import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.springframework.stereotype.Component;

/**
 * Turns lesson Markdown into HTML that is safe to insert in a page: raw HTML in the Markdown is
 * escaped, and the result passes an allow-list sanitiser, whoever wrote the lesson.
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

	String render(String markdown) {
		Node document = parser.parse(markdown);
		// The page already shows the lesson title as its only level-1 heading.
		if (document.getFirstChild() instanceof Heading heading && heading.getLevel() == 1) {
			heading.unlink();
		}
		return sanitise(renderer.render(document));
	}

	/** The allow-list policy alone; applying it to its own output changes nothing. */
	static String sanitise(String html) {
		return POLICY.sanitize(html);
	}

}
