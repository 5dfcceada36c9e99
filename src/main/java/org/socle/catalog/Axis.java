package org.socle.catalog;

import java.util.Arrays;
import java.util.Optional;

/** The three axes of Socle's catalogue. */
public enum Axis {

	DIGITAL_TOOLS("digital-tools"),
	DATA_ETHICS("data-ethics"),
	ALGORITHMIC_REASONING("algorithmic-reasoning");

	private final String code;

	Axis(String code) {
		this.code = code;
	}

	/** The code used in content files, e.g. {@code data-ethics}. */
	public String code() {
		return code;
	}

	public static Optional<Axis> fromCode(String code) {
		return Arrays.stream(values()).filter(axis -> axis.code.equals(code)).findFirst();
	}

}
