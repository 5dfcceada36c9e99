package org.socle.privacy;

/** Which of a person's records someone else read. Stored by name: never rename a constant. */
public enum RecordKind {

	/** Modules, lessons read, progress and completions. */
	LEARNING_PROGRESS,

	/** Assessment attempts: scores, answers and the justifications written in clinical cases. */
	ASSESSMENT_ANSWERS,

	/** Certificates and their state (issued, expiring, revoked). */
	CERTIFICATES

}
