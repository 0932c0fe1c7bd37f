package dev.migrations.core.revision;

import dev.migrations.core.operation.Operations;

/**
 * The body of a revision: the schema change and its inverse, written against the {@link Operations} DSL.
 * Implementations are annotated with {@link Revision} and have a public no-argument constructor.
 */
public interface Migration {

	/** Records the operations that move the database from the parent revision(s) to this one. */
	void upgrade(Operations op);

	/** Records the operations that undo {@link #upgrade(Operations)}. */
	void downgrade(Operations op);

}
