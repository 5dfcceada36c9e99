package org.socle.catalog;

/**
 * A review rule the user's action would break (approving one's own draft, editing a submitted one…).
 * Nothing was changed; {@link #messageKey()} says why in the user's language.
 */
public class DraftRuleViolation extends RuntimeException {

	private final String code;

	public DraftRuleViolation(String code) {
		super("Draft rule: " + code);
		this.code = code;
	}

	public String code() {
		return code;
	}

	public String messageKey() {
		return "authoring.rule." + code;
	}

}
