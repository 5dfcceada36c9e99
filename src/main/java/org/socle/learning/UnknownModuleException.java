package org.socle.learning;

/** No such module, or no such lesson in the learner's version of it. */
public class UnknownModuleException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public UnknownModuleException(String what) {
		super("Unknown module or lesson: " + what);
	}

}
