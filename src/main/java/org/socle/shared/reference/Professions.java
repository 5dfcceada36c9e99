package org.socle.shared.reference;

import java.util.List;

/**
 * The codes of the reference list of professions, shared by every module that offers them in a
 * form. The organisation module's {@code profession} table holds the same codes (a test checks it);
 * labels are in the message bundles ({@code profession.<code>}).
 */
public final class Professions {

	public static final List<String> CODES = List.of("medecin", "infirmier", "aide-soignant", "pharmacien",
			"preparateur-pharmacie", "sage-femme", "masseur-kinesitherapeute", "manipulateur-radio", "cadre-de-sante",
			"secretaire-medicale", "personnel-administratif", "travailleur-social");

	private Professions() {
	}

}
