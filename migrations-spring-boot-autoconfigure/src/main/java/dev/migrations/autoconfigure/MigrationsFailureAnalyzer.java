package dev.migrations.autoconfigure;

import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;

import dev.migrations.core.revision.RevisionGraphException;
import dev.migrations.core.runtime.DatabaseConnectionException;
import dev.migrations.core.runtime.MigrationException;

/**
 * Reports a startup that failed on the revisions (a broken revision graph, an unknown target or version row), on the
 * database (unreachable, credentials refused, not PostgreSQL) or while migrating (a failed statement, a changed
 * revision) with the exception's own message, which names the revisions and the statement, instead of the chain of
 * bean creation exceptions around it.
 */
class MigrationsFailureAnalyzer implements FailureAnalyzer {

	private static final String REVISIONS_ACTION = "Correct the revision classes or the target named above, then"
			+ " start the application again. To list the revisions the application finds, run it with"
			+ " -Dmigrate.history (docs/commands.md).";

	private static final String DATABASE_ACTION = "Check spring.datasource.url (host, port and database name),"
			+ " spring.datasource.username and spring.datasource.password.";

	private static final String MIGRATION_ACTION = "Fix what the message names, then start the application again;"
			+ " every revision that completed stays applied. To see where the database is, run the application with"
			+ " -Dmigrate.current (docs/commands.md).";

	@Override
	public FailureAnalysis analyze(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof RevisionGraphException) {
				return new FailureAnalysis(cause.getMessage(), REVISIONS_ACTION, cause);
			}
			if (cause instanceof DatabaseConnectionException) {
				return new FailureAnalysis(cause.getMessage(), DATABASE_ACTION, cause);
			}
			if (cause instanceof MigrationException) {
				return new FailureAnalysis(cause.getMessage(), MIGRATION_ACTION, cause);
			}
		}
		return null;
	}

}
