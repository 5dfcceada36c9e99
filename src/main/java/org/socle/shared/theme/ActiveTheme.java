package org.socle.shared.theme;

import java.util.Locale;

import org.socle.shared.SocleProperties;
import org.springframework.stereotype.Component;

/**
 * The theme chosen by {@code socle.theme}, read once at start-up. Templates reach it as
 * {@code @activeTheme}.
 */
@Component("activeTheme")
public class ActiveTheme {

	private final Theme theme;

	ActiveTheme(SocleProperties properties) {
		this.theme = new ThemeLoader().load(properties.themesDir(), properties.theme());
	}

	public Theme theme() {
		return theme;
	}

	public String name(Locale locale) {
		return theme.name(locale);
	}

	public boolean hasLogo() {
		return theme.hasLogo();
	}

}
