package dev.migrations.core.runtime;

/**
 * No usable connection to the database: it could not be reached, refused the credentials, does not exist, did not
 * answer in time, or is not PostgreSQL. The message says which, and what to check.
 */
public class DatabaseConnectionException extends MigrationException {

	private static final long serialVersionUID = 1L;

	public DatabaseConnectionException(String message, String sqlState, Throwable cause) {
		super(message, null, null, sqlState, cause);
	}

}
