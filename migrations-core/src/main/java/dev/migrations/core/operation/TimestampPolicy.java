package dev.migrations.core.operation;

/** What to do when a revision makes a column {@code timestamp without time zone} without opting out. */
public enum TimestampPolicy {

	/** Refuse the revision, naming table and column (the default). */
	ENFORCE,
	/** Log a warning naming table and column, and run it. */
	WARN,
	/** Allow it silently. */
	OFF

}
