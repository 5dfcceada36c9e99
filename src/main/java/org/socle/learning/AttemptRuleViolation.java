package org.socle.learning;

/** An attempt rule the request would break (no attempt left, time is up…); nothing was changed. */
public class AttemptRuleViolation extends RuntimeException {

	private final String code;

	public AttemptRuleViolation(String code) {
		super("Attempt rule: " + code);
		this.code = code;
	}

	public String code() {
		return code;
	}

	public String messageKey() {
		return "attempt.rule." + code;
	}

}
