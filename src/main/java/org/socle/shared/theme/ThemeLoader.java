package org.socle.shared.theme;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Reads a theme folder. A theme is data written by an agency, so every token is checked before it
 * reaches a stylesheet; a faulty theme is reported and replaced by the built-in defaults rather
 * than stopping the site.
 */
class ThemeLoader {

	private static final Logger log = LoggerFactory.getLogger(ThemeLoader.class);

	private static final Pattern TOKEN_NAME = Pattern.compile("[a-z][a-z0-9-]{0,63}");

	/** Colours, lengths, font stacks: no braces, semicolons, backslashes or url() that could escape the value. */
	private static final Pattern TOKEN_VALUE = Pattern.compile("[#a-zA-Z0-9 .,%()\"'/-]{1,200}");

	private static final Pattern LOGO_FILE = Pattern.compile("[a-zA-Z0-9._-]+\\.(svg|png)");

	static final Theme BUILT_IN = new Theme("built-in", "Socle", "Socle", Map.of(), null);

	Theme load(Path themesDir, String key) {
		Path folder = themesDir.resolve(key).normalize();
		Path descriptor = folder.resolve("theme.yml");
		if (!folder.startsWith(themesDir.normalize()) || !Files.isRegularFile(descriptor)) {
			log.warn("Theme '{}' not found at {}; using the built-in look", key, descriptor.toAbsolutePath());
			return BUILT_IN;
		}
		try (Reader reader = Files.newBufferedReader(descriptor, StandardCharsets.UTF_8)) {
			Object parsed = new Yaml(new SafeConstructor(new LoaderOptions())).load(reader);
			if (!(parsed instanceof Map<?, ?> root)) {
				log.warn("{}: expected a mapping with 'name' and 'tokens'; using the built-in look", descriptor);
				return BUILT_IN;
			}
			Map<?, ?> names = root.get("name") instanceof Map<?, ?> map ? map : Map.of();
			String nameFr = text(names.get("fr"), "Socle");
			String nameEn = text(names.get("en"), nameFr);
			return new Theme(key, nameFr, nameEn, tokens(descriptor, root.get("tokens")), logo(folder, root.get("logo")));
		}
		catch (IOException | RuntimeException ex) {
			log.warn("{}: cannot be read ({}); using the built-in look", descriptor, ex.getMessage());
			return BUILT_IN;
		}
	}

	private Map<String, String> tokens(Path descriptor, Object raw) {
		Map<String, String> tokens = new LinkedHashMap<>();
		if (raw instanceof Map<?, ?> map) {
			map.forEach((name, value) -> {
				String tokenName = String.valueOf(name);
				String tokenValue = String.valueOf(value).trim();
				if (TOKEN_NAME.matcher(tokenName).matches() && TOKEN_VALUE.matcher(tokenValue).matches()) {
					tokens.put(tokenName, tokenValue);
				}
				else {
					log.warn("{}: token '{}' ignored: names are lower-case words joined by '-', values plain CSS values",
							descriptor, tokenName);
				}
			});
		}
		return Map.copyOf(tokens);
	}

	private Path logo(Path folder, Object raw) {
		if (raw == null) {
			return null;
		}
		String file = String.valueOf(raw);
		Path logo = folder.resolve(file).normalize();
		if (!LOGO_FILE.matcher(file).matches() || !logo.startsWith(folder) || !Files.isRegularFile(logo)) {
			log.warn("{}: logo '{}' ignored: it must be an .svg or .png file inside the theme folder", folder, file);
			return null;
		}
		return logo;
	}

	private static String text(Object value, String fallback) {
		return value == null || String.valueOf(value).isBlank() ? fallback : String.valueOf(value);
	}

}
