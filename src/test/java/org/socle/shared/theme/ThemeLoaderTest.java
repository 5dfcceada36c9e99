package org.socle.shared.theme;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ThemeLoaderTest {

	@TempDir
	Path themes;

	private final ThemeLoader loader = new ThemeLoader();

	@Test
	void readsNamesTokensAndLogo() throws IOException {
		Path folder = Files.createDirectories(themes.resolve("agence"));
		Files.writeString(folder.resolve("theme.yml"), """
				name:
				  fr: "Formations de l'agence"
				  en: "Agency training"
				logo: logo.svg
				tokens:
				  color-primary: "#005a5b"
				  font-body: "Georgia, serif"
				""");
		Files.writeString(folder.resolve("logo.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");

		Theme theme = loader.load(themes, "agence");

		assertThat(theme.name(Locale.FRENCH)).isEqualTo("Formations de l'agence");
		assertThat(theme.name(Locale.ENGLISH)).isEqualTo("Agency training");
		assertThat(theme.hasLogo()).isTrue();
		assertThat(theme.tokensStylesheet()).contains("--color-primary: #005a5b;", "--font-body: Georgia, serif;");
	}

	@Test
	void ignoresTokensThatCouldInjectCssAndLogosOutsideTheFolder() throws IOException {
		Path folder = Files.createDirectories(themes.resolve("piege"));
		Files.writeString(themes.resolve("outside.svg"), "<svg/>");
		Files.writeString(folder.resolve("theme.yml"), """
				name:
				  fr: "Piège"
				logo: ../outside.svg
				tokens:
				  color-primary: "red; } body { background: url(https://evil.example/x)"
				  Bad_Name: "#fff"
				  color-text: "#111"
				""");

		Theme theme = loader.load(themes, "piege");

		assertThat(theme.tokens()).containsOnlyKeys("color-text");
		assertThat(theme.hasLogo()).isFalse();
		assertThat(theme.name(Locale.ENGLISH)).isEqualTo("Piège");
	}

	@Test
	void aMissingOrBrokenThemeFallsBackToTheBuiltInLook() throws IOException {
		assertThat(loader.load(themes, "absent")).isEqualTo(ThemeLoader.BUILT_IN);
		assertThat(loader.load(themes, "../../etc")).isEqualTo(ThemeLoader.BUILT_IN);
		Path folder = Files.createDirectories(themes.resolve("casse"));
		Files.writeString(folder.resolve("theme.yml"), "name: [unclosed");
		assertThat(loader.load(themes, "casse")).isEqualTo(ThemeLoader.BUILT_IN);
	}

	@Test
	void theShippedThemesLoadCompletely() {
		for (String key : new String[] { "default", "ars-bretagne-exemple" }) {
			Theme theme = loader.load(Path.of("themes"), key);
			assertThat(theme.key()).isEqualTo(key);
			assertThat(theme.hasLogo()).isTrue();
			assertThat(theme.tokens()).containsKeys("color-primary", "color-text", "color-background", "font-body");
		}
	}

}
