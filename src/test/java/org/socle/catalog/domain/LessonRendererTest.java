package org.socle.catalog.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LessonRendererTest {

	private final LessonRenderer renderer = new LessonRenderer();

	@Test
	void rendersHeadingsListsTablesAndCallouts() {
		String html = renderer.renderHtml("""
				# Titre de la leçon

				## Partie

				- un
				- deux

				| Service | Usage |
				|---|---|
				| MSSanté | messagerie |

				> **À retenir** : tracer les accès.
				""");

		assertThat(html).contains("<h2>Partie</h2>", "<li>un</li>", "<table>", "<td>MSSanté</td>",
				"<blockquote>", "<strong>À retenir</strong>");
	}

	@Test
	void dropsTheLeadingTitleThatThePageAlreadyShows() {
		assertThat(renderer.renderHtml("# Titre\n\nTexte")).doesNotContain("Titre").contains("<p>Texte</p>");
	}

	@Test
	void neutralisesScriptsAndDangerousLinksWhoeverWroteTheLesson() {
		String html = renderer.renderHtml("""
				Texte <script>alert(1)</script> <img src=x onerror=alert(2)>

				[piège](javascript:alert(3)) et [lien](https://esante.gouv.fr)
				""");

		assertThat(html).doesNotContain("<script", "javascript:", "<img").contains("&lt;script&gt;");
		assertThat(html).contains("href=\"https://esante.gouv.fr\"", "noopener", "noreferrer");
	}


	@Test
	void noScriptSurvivesAnyPayloadOfTheList() throws Exception {
		java.util.List<String> payloads = java.nio.file.Files
			.readAllLines(java.nio.file.Path.of("src/test/resources/xss-payloads.txt"));
		assertThat(payloads).hasSizeGreaterThan(30);
		for (String payload : payloads) {
			for (String html : java.util.List.of(renderer.renderHtml(payload), LessonRenderer.sanitise(payload))) {
				assertNothingExecutable(payload, html);
			}
		}
	}

	/** Inspects the markup itself: text that merely mentions "javascript:" is harmless. */
	private static void assertNothingExecutable(String payload, String html) {
		org.jsoup.nodes.Document document = org.jsoup.Jsoup.parseBodyFragment(html);
		assertThat(document.select("script, iframe, object, embed, svg, math, style, link, meta, base, form, input, button"))
			.as(payload).isEmpty();
		for (org.jsoup.nodes.Element element : document.getAllElements()) {
			for (org.jsoup.nodes.Attribute attribute : element.attributes()) {
				String name = attribute.getKey().toLowerCase(java.util.Locale.ROOT);
				String value = attribute.getValue().strip().toLowerCase(java.util.Locale.ROOT).replaceAll("\\s", "");
				assertThat(name).as(payload).doesNotStartWith("on").isNotEqualTo("style").isNotEqualTo("srcdoc");
				if (name.equals("href") || name.equals("src") || name.equals("background") || name.equals("action")) {
					assertThat(value).as(payload).doesNotStartWith("javascript:").doesNotStartWith("vbscript:")
						.doesNotStartWith("data:");
				}
			}
		}
	}

	@Test
	void sanitisingTwiceEqualsSanitisingOnce() throws Exception {
		for (String payload : java.nio.file.Files.readAllLines(java.nio.file.Path.of("src/test/resources/xss-payloads.txt"))) {
			String once = LessonRenderer.sanitise(payload);
			assertThat(LessonRenderer.sanitise(once)).as(payload).isEqualTo(once);
			String rendered = renderer.renderHtml(payload);
			assertThat(LessonRenderer.sanitise(rendered)).as(payload).isEqualTo(rendered);
		}
	}

	@Test
	void splitsTheLessonAroundItsEmbeddedQuestions() {
		var parts = renderer.render("""
				# Titre

				Avant la question.

				```question
				id: verifier
				type: true-false
				prompt: "Une adresse seule est une donnée de santé."
				answer: false
				feedback: { correct: "Exact.", incorrect: "Non : seule, elle ne dit rien de la santé." }
				```

				Après la question.

				```yaml
				id: un-exemple-de-code
				```
				""");

		assertThat(parts).hasSize(3);
		assertThat(parts.get(0).safeHtml()).contains("Avant la question.");
		assertThat(parts.get(1).question().id()).isEqualTo("verifier");
		assertThat(parts.get(1).question().prompt().fr()).isEqualTo("Une adresse seule est une donnée de santé.");
		assertThat(parts.get(2).safeHtml()).contains("Après la question.", "<code");
	}

}
