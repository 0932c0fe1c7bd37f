package dev.migrations.core.runtime;

import java.time.Duration;
import java.util.Objects;

import dev.migrations.core.operation.TimestampPolicy;
import dev.migrations.core.schema.QualifiedName;

/**
 * How the runtime keeps its books and runs revisions. Immutable; start from {@link #defaults()} and change what
 * differs: {@code MigrationSettings.defaults().withVersionTable(QualifiedName.of("alembic_version"))}.
 *
 * @param versionTable the table holding one row per current head (Alembic's {@code alembic_version})
 * @param historyTable the name of the table recording each applied, reverted or stamped revision, in the
 * version table's schema
 * @param transactionMode how revisions are grouped into transactions
 * @param lockWaitTimeout how long to wait for another process's migration lock before giving up
 * @param lockTimeout PostgreSQL's {@code lock_timeout} while revisions run ({@code null}: the server's setting)
 * @param statementTimeout PostgreSQL's {@code statement_timeout} while revisions run ({@code null}: the server's
 * setting)
 * @param validateChecksums whether to refuse to run when an applied revision's SQL has changed since
 * @param timestampPolicy what to do with columns made {@code timestamp without time zone}
 * @param connectTimeout how long to wait for a connection from the data source before giving up
 */
public record MigrationSettings(QualifiedName versionTable, String historyTable, TransactionMode transactionMode,
		Duration lockWaitTimeout, Duration lockTimeout, Duration statementTimeout, boolean validateChecksums,
		TimestampPolicy timestampPolicy, Duration connectTimeout) {

	/** The default version table name. */
	public static final String DEFAULT_VERSION_TABLE = "migrations_version";

	/** The default history table name. */
	public static final String DEFAULT_HISTORY_TABLE = "migrations_history";

	public MigrationSettings {
		Objects.requireNonNull(versionTable, "versionTable");
		Objects.requireNonNull(historyTable, "historyTable");
		Objects.requireNonNull(transactionMode, "transactionMode");
		Objects.requireNonNull(lockWaitTimeout, "lockWaitTimeout");
		Objects.requireNonNull(timestampPolicy, "timestampPolicy");
		Objects.requireNonNull(connectTimeout, "connectTimeout");
	}

	/**
	 * Version table {@code migrations_version} and history table {@code migrations_history} on the search path,
	 * a transaction per revision, up to 10 minutes waiting for another process's lock, the server's lock and
	 * statement timeouts, checksums validated, the TIMESTAMPTZ rule enforced, up to 30 seconds waiting for a
	 * connection.
	 */
	public static MigrationSettings defaults() {
		return new MigrationSettings(QualifiedName.of(DEFAULT_VERSION_TABLE), DEFAULT_HISTORY_TABLE,
				TransactionMode.PER_REVISION, Duration.ofMinutes(10), null, null, true, TimestampPolicy.ENFORCE,
				Duration.ofSeconds(30));
	}

	public MigrationSettings withVersionTable(QualifiedName versionTable) {
		return new MigrationSettings(versionTable, this.historyTable, this.transactionMode, this.lockWaitTimeout,
				this.lockTimeout, this.statementTimeout, this.validateChecksums,
				this.timestampPolicy, this.connectTimeout);
	}

	public MigrationSettings withHistoryTable(String historyTable) {
		return new MigrationSettings(this.versionTable, historyTable, this.transactionMode, this.lockWaitTimeout,
				this.lockTimeout, this.statementTimeout, this.validateChecksums,
				this.timestampPolicy, this.connectTimeout);
	}

	public MigrationSettings withTransactionMode(TransactionMode transactionMode) {
		return new MigrationSettings(this.versionTable, this.historyTable, transactionMode, this.lockWaitTimeout,
				this.lockTimeout, this.statementTimeout, this.validateChecksums,
				this.timestampPolicy, this.connectTimeout);
	}

	public MigrationSettings withLockWaitTimeout(Duration lockWaitTimeout) {
		return new MigrationSettings(this.versionTable, this.historyTable, this.transactionMode, lockWaitTimeout,
				this.lockTimeout, this.statementTimeout, this.validateChecksums,
				this.timestampPolicy, this.connectTimeout);
	}

	public MigrationSettings withLockTimeout(Duration lockTimeout) {
		return new MigrationSettings(this.versionTable, this.historyTable, this.transactionMode, this.lockWaitTimeout,
				lockTimeout, this.statementTimeout, this.validateChecksums,
				this.timestampPolicy, this.connectTimeout);
	}

	public MigrationSettings withStatementTimeout(Duration statementTimeout) {
		return new MigrationSettings(this.versionTable, this.historyTable, this.transactionMode, this.lockWaitTimeout,
				this.lockTimeout, statementTimeout, this.validateChecksums,
				this.timestampPolicy, this.connectTimeout);
	}

	public MigrationSettings withValidateChecksums(boolean validateChecksums) {
		return new MigrationSettings(this.versionTable, this.historyTable, this.transactionMode, this.lockWaitTimeout,
				this.lockTimeout, this.statementTimeout, validateChecksums, this.timestampPolicy,
				this.connectTimeout);
	}

	public MigrationSettings withTimestampPolicy(TimestampPolicy timestampPolicy) {
		return new MigrationSettings(this.versionTable, this.historyTable, this.transactionMode, this.lockWaitTimeout,
				this.lockTimeout, this.statementTimeout, this.validateChecksums, timestampPolicy,
				this.connectTimeout);
	}

	public MigrationSettings withConnectTimeout(Duration connectTimeout) {
		return new MigrationSettings(this.versionTable, this.historyTable, this.transactionMode, this.lockWaitTimeout,
				this.lockTimeout, this.statementTimeout, this.validateChecksums, this.timestampPolicy, connectTimeout);
	}

	/** The history table's qualified name: beside the version table. */
	public QualifiedName qualifiedHistoryTable() {
		return this.versionTable.sibling(this.historyTable);
	}

}
