package dev.migrations.core.runtime;

/** Told about each revision the runtime applies or reverts, once its transaction has committed. */
@FunctionalInterface
public interface MigrationListener {

	/** Called after the revision's transaction (or, in one-transaction mode, the whole run) committed. */
	void revisionCompleted(AppliedRevision revision);

}
