package dev.migrations.autoconfigure;

import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;

import dev.migrations.core.revision.RevisionGraphException;
import dev.migrations.core.runtime.DatabaseConnectionException;
import dev.migrations.core.runtime.MigrationException;

/**
 * Reports a migration that stops the application's start as Spring Boot reports a failed start, "APPLICATION FAILED
 * TO START" with a description and an action, rather than as a stack trace: the description is the migration's own
 * message (the revision, the statement, the SQLState, what to do); a database that cannot be used adds the
 * properties to check.
 */
class MigrationsFailureAnalyzer implements FailureAnalyzer {

	private static final String CHECK_DATASOURCE = "Check spring.datasource.url (host, port and database name),"
			+ " spring.datasource.username and spring.datasource.password.";

	@Override
	public FailureAnalysis analyze(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof DatabaseConnectionException) {
				return new FailureAnalysis(cause.getMessage(), CHECK_DATASOURCE, cause);
			}
			if (cause instanceof MigrationException || cause instanceof RevisionGraphException) {
				return new FailureAnalysis(cause.getMessage(), null, cause);
			}
		}
		return null;
	}

}
