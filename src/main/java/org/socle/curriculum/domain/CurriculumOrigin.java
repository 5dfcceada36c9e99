package org.socle.curriculum.domain;

import java.util.Locale;

/**
 * Where a curriculum is written: in {@code content/curricula/} (read-only in the browser) or in the
 * browser by a coordinator, for a region. A slug keeps its origin for good.
 */
public enum CurriculumOrigin {

	CONTENT, BROWSER;

	/** As stored and as message keys name it: {@code content}, {@code browser}. */
	public String code() {
		return name().toLowerCase(Locale.ROOT);
	}

	static CurriculumOrigin of(String code) {
		return valueOf(code.toUpperCase(Locale.ROOT));
	}

}
