package dev.migrations.core.revision;

/**
 * A revision class, the revision graph, a target or the database's version rows cannot be used as they are.
 * The message names the revisions involved and, where there is one, the fix.
 */
public class RevisionGraphException extends RuntimeException {

	/** Creates an exception with a message meant for the person running the migration. */
	public RevisionGraphException(String message) {
		super(message);
	}

	/** Creates an exception with a message meant for the person running the migration, and its cause. */
	public RevisionGraphException(String message, Throwable cause) {
		super(message, cause);
	}

}
