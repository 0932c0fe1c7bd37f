package dev.migrations.core.runtime;

/**
 * A revision could not be applied, reverted or validated. The message says which revision, which statement,
 * the SQLState and what to do; the accessors give the same facts to programs.
 */
public class MigrationException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final String revision;

	private final String statement;

	private final String sqlState;

	public MigrationException(String message) {
		this(message, null, null, null, null);
	}

	public MigrationException(String message, String revision, String statement, String sqlState, Throwable cause) {
		super(message, cause);
		this.revision = revision;
		this.statement = statement;
		this.sqlState = sqlState;
	}

	/** The revision id concerned, or {@code null}. */
	public String revision() {
		return this.revision;
	}

	/** The SQL statement that failed, or {@code null}. */
	public String statement() {
		return this.statement;
	}

	/** PostgreSQL's SQLState for the failure, or {@code null}. */
	public String sqlState() {
		return this.sqlState;
	}

}
