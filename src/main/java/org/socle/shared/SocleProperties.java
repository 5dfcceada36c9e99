package org.socle.shared;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where Socle keeps and finds its files, and which optional behaviours are on.
 *
 * @param dataDir    directory for the embedded database and uploaded files
 * @param contentDir directory of the course content (modules as text files)
 * @param themesDir  directory holding one folder per theme
 * @param theme      name of the active theme folder
 * @param demoData   whether demonstration people and progress are created at start-up
 */
@ConfigurationProperties("socle")
public record SocleProperties(
		@DefaultValue("./data") Path dataDir,
		@DefaultValue("./content") Path contentDir,
		@DefaultValue("./themes") Path themesDir,
		@DefaultValue("default") String theme,
		@DefaultValue("false") boolean demoData) {
}
