package dev.migrations.core.runtime;

/** How revisions are grouped into transactions. */
public enum TransactionMode {

	/** Each revision and its version-table update commit together (the default). */
	PER_REVISION,
	/**
	 * One transaction for the whole upgrade or downgrade: all revisions apply, or none. Refuses revisions with a
	 * non-transactional block.
	 */
	ALL

}
