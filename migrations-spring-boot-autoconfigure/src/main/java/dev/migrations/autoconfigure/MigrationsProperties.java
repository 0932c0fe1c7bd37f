package dev.migrations.autoconfigure;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

import dev.migrations.core.operation.TimestampPolicy;

/**
 * Configuration of database migrations, under the {@code migrations} prefix.
 */
@ConfigurationProperties("migrations")
public class MigrationsProperties {

	/**
	 * Whether to manage the database schema with migrations.
	 */
	private boolean enabled = true;

	/**
	 * Packages to scan, with their sub-packages, for revision classes. When empty, the application's own
	 * packages (that of the @SpringBootApplication class) are scanned.
	 */
	private List<String> packages = new ArrayList<>();

	/**
	 * Revision to upgrade to on startup: 'head', 'heads', a revision id, or '<label>@head'.
	 */
	private String target = "head";

	/**
	 * What to do on startup: 'upgrade' applies pending revisions; 'validate' applies nothing and fails startup if
	 * revisions are pending (for deployments where a separate job migrates); 'none' does nothing.
	 */
	private Mode mode = Mode.UPGRADE;

	/**
	 * Name of the table holding one row per current head. 'alembic_version' takes over an Alembic-managed
	 * database.
	 */
	private String versionTable = "migrations_version";

	/**
	 * Schema of the version and history tables. When not set, the connection's search_path decides.
	 */
	private String versionTableSchema;

	/**
	 * Name of the table recording each applied, reverted or stamped revision, in the version table's schema.
	 */
	private String historyTable = "migrations_history";

	/**
	 * Whether each revision commits in its own transaction. When false, a whole upgrade or downgrade is one
	 * transaction: all revisions apply, or none.
	 */
	private boolean transactionPerRevision = true;

	/**
	 * How long to wait for another instance's migration lock before failing.
	 */
	private Duration lockWaitTimeout = Duration.ofMinutes(10);

	/**
	 * How long to wait for a database connection before failing, so that a server that accepts connections but
	 * never answers cannot hang the application's start.
	 */
	private Duration connectTimeout = Duration.ofSeconds(30);

	/**
	 * PostgreSQL lock_timeout while revisions run: how long a statement waits for a table lock before failing.
	 * When not set, the server's setting applies.
	 */
	private Duration lockTimeout;

	/**
	 * PostgreSQL statement_timeout while revisions run. When not set, the server's setting applies.
	 */
	private Duration statementTimeout;

	/**
	 * Whether to refuse to run when an applied revision's SQL has changed since it was applied.
	 */
	private boolean validateChecksums = true;

	/**
	 * What to do when a revision makes a column 'timestamp without time zone' without opting out: 'enforce'
	 * refuses it, 'warn' logs a warning, 'off' allows it.
	 */
	private TimestampPolicy timestampPolicy = TimestampPolicy.ENFORCE;

	/**
	 * Source folder that new revision classes are written to, relative to the working directory (the project
	 * directory under 'mvn spring-boot:run').
	 */
	private String sourceFolder = "src/main/java";

	/**
	 * Package of new revision classes. When not set, '<first scanned package>.migrations'.
	 */
	private String sourcePackage;

	/**
	 * Class name template of new revisions: '{rev}' is the id, '{slug}' the message, and any other '{...}' a
	 * date-time pattern applied to the UTC creation time.
	 */
	private String fileNameTemplate = "R{yyyyMMdd_HHmm}_{rev}_{slug}";

	private final Autogenerate autogenerate = new Autogenerate();

	public boolean isEnabled() {
		return this.enabled;
	}

	public void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	public List<String> getPackages() {
		return this.packages;
	}

	public void setPackages(List<String> packages) {
		this.packages = packages;
	}

	public String getTarget() {
		return this.target;
	}

	public void setTarget(String target) {
		this.target = target;
	}

	public Mode getMode() {
		return this.mode;
	}

	public void setMode(Mode mode) {
		this.mode = mode;
	}

	public String getVersionTable() {
		return this.versionTable;
	}

	public void setVersionTable(String versionTable) {
		this.versionTable = versionTable;
	}

	public String getVersionTableSchema() {
		return this.versionTableSchema;
	}

	public void setVersionTableSchema(String versionTableSchema) {
		this.versionTableSchema = versionTableSchema;
	}

	public String getHistoryTable() {
		return this.historyTable;
	}

	public void setHistoryTable(String historyTable) {
		this.historyTable = historyTable;
	}

	public boolean isTransactionPerRevision() {
		return this.transactionPerRevision;
	}

	public void setTransactionPerRevision(boolean transactionPerRevision) {
		this.transactionPerRevision = transactionPerRevision;
	}

	public Duration getLockWaitTimeout() {
		return this.lockWaitTimeout;
	}

	public void setLockWaitTimeout(Duration lockWaitTimeout) {
		this.lockWaitTimeout = lockWaitTimeout;
	}

	public Duration getConnectTimeout() {
		return this.connectTimeout;
	}

	public void setConnectTimeout(Duration connectTimeout) {
		this.connectTimeout = connectTimeout;
	}

	public Duration getLockTimeout() {
		return this.lockTimeout;
	}

	public void setLockTimeout(Duration lockTimeout) {
		this.lockTimeout = lockTimeout;
	}

	public Duration getStatementTimeout() {
		return this.statementTimeout;
	}

	public void setStatementTimeout(Duration statementTimeout) {
		this.statementTimeout = statementTimeout;
	}

	public boolean isValidateChecksums() {
		return this.validateChecksums;
	}

	public void setValidateChecksums(boolean validateChecksums) {
		this.validateChecksums = validateChecksums;
	}

	public TimestampPolicy getTimestampPolicy() {
		return this.timestampPolicy;
	}

	public void setTimestampPolicy(TimestampPolicy timestampPolicy) {
		this.timestampPolicy = timestampPolicy;
	}

	public String getSourceFolder() {
		return this.sourceFolder;
	}

	public void setSourceFolder(String sourceFolder) {
		this.sourceFolder = sourceFolder;
	}

	public String getSourcePackage() {
		return this.sourcePackage;
	}

	public void setSourcePackage(String sourcePackage) {
		this.sourcePackage = sourcePackage;
	}

	public String getFileNameTemplate() {
		return this.fileNameTemplate;
	}

	public void setFileNameTemplate(String fileNameTemplate) {
		this.fileNameTemplate = fileNameTemplate;
	}

	public Autogenerate getAutogenerate() {
		return this.autogenerate;
	}

	/**
	 * How -Dmigrate.generate and -Dmigrate.check compare the JPA mapping with the database.
	 */
	public static class Autogenerate {

		/**
		 * Whether tables, sequences and enum types in the database that no entity maps are dropped by a generated
		 * revision (clearly marked) or left alone.
		 */
		private boolean dropUnmapped = true;

		/**
		 * Tables, sequences and enum types to leave out of the comparison, as names or patterns with '*' ('audit_*',
		 * 'legacy.*'); a pattern without a schema matches the name in any schema.
		 */
		private List<String> exclude = new ArrayList<>();

		/**
		 * Schemas to compare besides the default schema and those the mapping uses: their unmapped objects are
		 * dropped too (unless drop-unmapped is false).
		 */
		private List<String> schemas = new ArrayList<>();

		public boolean isDropUnmapped() {
			return this.dropUnmapped;
		}

		public void setDropUnmapped(boolean dropUnmapped) {
			this.dropUnmapped = dropUnmapped;
		}

		public List<String> getExclude() {
			return this.exclude;
		}

		public void setExclude(List<String> exclude) {
			this.exclude = exclude;
		}

		public List<String> getSchemas() {
			return this.schemas;
		}

		public void setSchemas(List<String> schemas) {
			this.schemas = schemas;
		}

	}

	/**
	 * What migrations do when the application starts.
	 */
	public enum Mode {

		/**
		 * Apply pending revisions up to the target.
		 */
		UPGRADE,

		/**
		 * Apply nothing; fail startup if revisions are pending.
		 */
		VALIDATE,

		/**
		 * Do nothing on startup.
		 */
		NONE

	}

}
