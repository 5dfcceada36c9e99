package org.socle.shared.theme;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

import org.socle.shared.i18n.SupportedLanguages;

/**
 * A branding of Socle read from a folder of {@code themes/}: display names, design tokens that
 * become CSS custom properties, and an optional logo.
 *
 * @param key     the folder name
 * @param nameFr  the display name in French
 * @param nameEn  the display name in English
 * @param tokens  design tokens, already validated (name → CSS value)
 * @param logo    the logo file, or {@code null} when the theme has none
 */
public record Theme(String key, String nameFr, String nameEn, Map<String, String> tokens, Path logo) {

	public String name(Locale locale) {
		return SupportedLanguages.pick(locale, nameFr, nameEn);
	}

	public boolean hasLogo() {
		return logo != null;
	}

	/** The tokens as a stylesheet of CSS custom properties on {@code :root}. */
	public String tokensStylesheet() {
		StringBuilder css = new StringBuilder(":root {\n");
		tokens.forEach((name, value) -> css.append("  --").append(name).append(": ").append(value).append(";\n"));
		return css.append("}\n").toString();
	}

}
