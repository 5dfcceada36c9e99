package org.socle.identity;

import java.io.Serializable;

/** Identifies a person across modules. Serializable: it travels in the signed-in principal, kept in the session. */
public record PersonId(long value) implements Serializable {

	public static PersonId of(long value) {
		return new PersonId(value);
	}

	@Override
	public String toString() {
		return Long.toString(value);
	}

}
