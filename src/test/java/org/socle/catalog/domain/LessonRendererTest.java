package org.socle.catalog.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LessonRendererTest {

	private final LessonRenderer renderer = new LessonRenderer();

	@Test
	void rendersHeadingsListsTablesAndCallouts() {
		String html = renderer.render("""
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
		assertThat(renderer.render("# Titre\n\nTexte")).doesNotContain("Titre").contains("<p>Texte</p>");
	}

	@Test
	void neutralisesScriptsAndDangerousLinksWhoeverWroteTheLesson() {
		String html = renderer.render("""
				Texte <script>alert(1)</script> <img src=x onerror=alert(2)>

				[piège](javascript:alert(3)) et [lien](https://esante.gouv.fr)
				""");

		assertThat(html).doesNotContain("<script", "javascript:", "<img").contains("&lt;script&gt;");
		assertThat(html).contains("href=\"https://esante.gouv.fr\"", "noopener", "noreferrer");
	}

}
