package dev.migrations.core.runtime;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.migrations.core.operation.TimestampPolicy;
import dev.migrations.core.operation.TimestampRule;
import dev.migrations.core.revision.MigrationPlan;
import dev.migrations.core.revision.MigrationPlan.Step;
import dev.migrations.core.revision.RevisionGraph;
import dev.migrations.core.revision.RevisionScript;
import dev.migrations.core.revision.RevisionSet;

/**
 * Applies, reverts and stamps revisions on one database. Every change happens under the migration lock, so
 * several processes starting at once apply each revision exactly once; everything that can be checked (the graph,
 * the database's revisions, checksums, the TIMESTAMPTZ rule) is checked before the first statement runs.
 */
public final class Migrator {

	private static final Logger logger = LoggerFactory.getLogger(Migrator.class);

	private static final String HEAD = "head";

	private final DatabaseConnector connector;

	private final RevisionSet revisions;

	private final MigrationSettings settings;

	private final VersionTable versionTable;

	private final HistoryTable historyTable;

	private final List<MigrationListener> listeners;

	public Migrator(DataSource dataSource, RevisionGraph graph, MigrationSettings settings) {
		this(dataSource, RevisionSet.of(graph), settings, List.of());
	}

	/**
	 * A migrator that tells the listeners about each revision it applies or reverts. With a fingerprint, the revision
	 * set's classes are loaded only when the database is not known to be up to date with them.
	 */
	public Migrator(DataSource dataSource, RevisionSet revisions, MigrationSettings settings,
			List<MigrationListener> listeners) {
		this.listeners = List.copyOf(listeners);
		this.connector = new DatabaseConnector(dataSource, settings.connectTimeout());
		this.revisions = revisions;
		this.settings = settings;
		this.versionTable = new VersionTable(settings.versionTable());
		this.historyTable = new HistoryTable(settings.qualifiedHistoryTable());
	}

	/** The revision graph this migrator works with (built, and its classes loaded, on the first call). */
	public RevisionGraph graph() {
		return this.revisions.graph();
	}

	/** The version rows: one per current head; empty for a database at base or never migrated. */
	public Set<String> currentRevisions() {
		return withConnection((connection) -> this.versionTable.read(connection));
	}

	/** The history table, oldest first; empty for a database never migrated. */
	public List<HistoryEntry> history() {
		return withConnection((connection) -> this.historyTable.read(connection));
	}

	/**
	 * The revisions an upgrade to the target would apply, in order, after checking what an upgrade checks first
	 * (the database's revisions are known, applied revisions are unchanged). Takes no lock, changes nothing.
	 */
	public List<RevisionScript> pending(String target) {
		return withConnection((connection) -> {
			Set<String> rows = this.versionTable.read(connection);
			if (HEAD.equals(target) && verifies(latestEntry(connection, rows), rows)) {
				return List.of();
			}
			graph().validateCurrent(rows);
			validateChecksums(connection);
			return graph().upgradePlan(rows, target).steps().stream().map(Step::revision).toList();
		});
	}

	/** Applies the revisions needed to reach the target ({@code head}, {@code +1}, an id, ...). */
	public MigrationResult upgrade(String target) {
		return withConnection((connection) -> {
			Set<String> rows = this.versionTable.read(connection);
			Optional<HistoryTable.LatestEntry> latest = latestEntry(connection, rows);
			if (HEAD.equals(target) && verifies(latest, rows)) {
				logger.info("Database is up to date at {} (revision classes unchanged since verified)",
						PlanExecutor.describe(rows));
				return new MigrationResult(rows, rows, List.of());
			}
			graph().validateCurrent(rows);
			if (graph().upgradePlan(rows, target).steps().isEmpty()) {
				validateChecksums(connection);
				recordVerified(connection, rows, latest);
				logger.info("Database is up to date at {}", PlanExecutor.describe(rows));
				return new MigrationResult(rows, rows, List.of());
			}
			return underLock(connection, (current) -> graph().upgradePlan(current, target));
		});
	}

	/** Reverts revisions down to the target ({@code -1}, {@code base}, an id, ...). */
	public MigrationResult downgrade(String target) {
		return withConnection((connection) -> underLock(connection, (current) -> graph().downgradePlan(current, target)));
	}

	/**
	 * Records the target as the database's revision without running any revision, as Alembic's {@code stamp}.
	 * With {@code purge}, the version rows are cleared first without being validated: the way out when they name
	 * a revision no class declares.
	 */
	@SuppressWarnings("try") // the lock is held for the block's duration, not used in it
	public MigrationResult stamp(String target, boolean purge) {
		return withConnection((connection) -> {
			try (MigrationLock lock = lock(connection)) {
				createBookkeepingTables(connection);
				Set<String> rows = this.versionTable.read(connection);
				Set<String> from = purge ? Set.of() : rows;
				if (!purge) {
					graph().validateCurrent(rows);
				}
				Set<String> to = graph().stampRows(from, target);
				Set<String> appliedBefore = graph().applied(from);
				Set<String> appliedAfter = graph().applied(to);
				List<String> statements = new ArrayList<>(this.versionTable.updateStatements(rows, to));
				for (RevisionScript revision : graph().revisions()) {
					boolean wasApplied = appliedBefore.contains(revision.id());
					boolean isApplied = appliedAfter.contains(revision.id());
					if (isApplied && !wasApplied) {
						statements.add(this.historyTable.insertStatement(revision.id(), HistoryAction.STAMP,
								revision.message(), RenderedRevision.upgrade(revision).checksum(), null));
					}
					else if (wasApplied && !isApplied) {
						statements.add(this.historyTable.insertStatement(revision.id(), HistoryAction.UNSTAMP,
								revision.message(), null, null));
					}
				}
				runInTransaction(connection, statements);
				logger.info("Stamped {} (was {})", PlanExecutor.describe(to), PlanExecutor.describe(rows));
				return new MigrationResult(rows, to, List.of());
			}
		});
	}

	@SuppressWarnings("try") // the lock is held for the block's duration, not used in it
	private MigrationResult underLock(Connection connection, PlanMaker planMaker) throws SQLException {
		try (MigrationLock lock = lock(connection)) {
			Set<String> rows = this.versionTable.read(connection);
			graph().validateCurrent(rows);
			validateChecksums(connection);
			MigrationPlan plan = planMaker.plan(rows);
			List<RenderedRevision> rendered = render(plan);
			checkBeforeRunning(plan, rendered);
			createBookkeepingTables(connection);
			applySessionTimeouts(connection);
			try {
				List<AppliedRevision> applied = new PlanExecutor(connection, this.versionTable, this.historyTable,
						this.settings.transactionMode(), this.listeners).run(plan, rendered, rows);
				Set<String> after = plan.steps().isEmpty() ? rows : plan.steps().get(plan.steps().size() - 1).rowsAfter();
				if (applied.isEmpty()) {
					logger.info("Database is already at {}", PlanExecutor.describe(rows));
				}
				recordVerified(connection, after, latestEntry(connection, after));
				return new MigrationResult(rows, after, applied);
			}
			finally {
				resetSessionTimeouts(connection);
			}
		}
	}

	private List<RenderedRevision> render(MigrationPlan plan) {
		List<RenderedRevision> rendered = new ArrayList<>();
		for (Step step : plan.steps()) {
			rendered.add((plan.direction() == MigrationPlan.Direction.UPGRADE) ? RenderedRevision.upgrade(step.revision())
					: RenderedRevision.downgrade(step.revision()));
		}
		return rendered;
	}

	private void checkBeforeRunning(MigrationPlan plan, List<RenderedRevision> rendered) {
		for (RenderedRevision revision : rendered) {
			String id = revision.revision().id();
			if (this.settings.transactionMode() == TransactionMode.ALL && revision.hasNonTransactionalBlock()) {
				throw new MigrationException("Revision " + id + " (" + revision.revision().message()
						+ ") has a non-transactional block, which cannot run inside the single transaction of"
						+ " transaction mode ALL. Use transaction mode PER_REVISION (migrations.transaction-per-revision=true)"
						+ " for this run; nothing has run.", id, null, null, null);
			}
			if (plan.direction() == MigrationPlan.Direction.UPGRADE
					&& this.settings.timestampPolicy() != TimestampPolicy.OFF) {
				List<String> columns = TimestampRule.violations(revision.operations());
				if (columns.isEmpty()) {
					continue;
				}
				String problem = "Revision " + id + " (" + revision.revision().message()
						+ ") makes column(s) " + String.join(", ", columns) + " timestamp without time zone";
				if (this.settings.timestampPolicy() == TimestampPolicy.ENFORCE) {
					throw new MigrationException(problem + ", which the TIMESTAMPTZ rule forbids: use timestamptz(),"
							+ " or opt the column out with .allowTimestampWithoutTimeZone() if it must hold local"
							+ " times. Nothing has run.", id, null, null, null);
				}
				logger.warn("{}; every datetime column should be timestamptz", problem);
			}
		}
	}

	private void validateChecksums(Connection connection) throws SQLException {
		if (!this.settings.validateChecksums()) {
			return;
		}
		for (Map.Entry<String, String> applied : this.historyTable.appliedChecksums(connection).entrySet()) {
			if (!graph().contains(applied.getKey())) {
				continue;
			}
			RevisionScript revision = graph().get(applied.getKey());
			String now = RenderedRevision.upgrade(revision).checksum();
			if (!now.equals(applied.getValue())) {
				throw new MigrationException("Revision " + revision.id() + " (" + revision.message()
						+ ") has changed since it was applied: its upgrade() now renders different SQL (checksum "
						+ now + ", applied as " + applied.getValue() + "). An applied revision must not change:"
						+ " revert the edit to " + revision.type().getName() + " and put the change in a new revision."
						+ " If the edit changes nothing in the database, stamp it again"
						+ " (-Dmigrate.stamp) or set migrations.validate-checksums=false. Nothing has run.",
						revision.id(), null, null, null);
			}
		}
	}

	/**
	 * The history's latest entry, read only when it can tell something: these revision classes have a fingerprint,
	 * checksums are validated and the database is at one revision. It says whether the classes with this fingerprint
	 * were verified against the database as it stands (every applied revision's checksum, one head).
	 */
	private Optional<HistoryTable.LatestEntry> latestEntry(Connection connection, Set<String> rows) throws SQLException {
		if (this.revisions.fingerprint().isEmpty() || !this.settings.validateChecksums() || rows.size() != 1) {
			return Optional.empty();
		}
		return this.historyTable.latest(connection);
	}

	/**
	 * Whether the latest entry shows the database at the head of these very revision classes: then nothing needs to
	 * be loaded, rendered or compared.
	 */
	private boolean verifies(Optional<HistoryTable.LatestEntry> latest, Set<String> rows) {
		return latest.filter((entry) -> entry.verifies(rows, this.revisions.fingerprint().orElseThrow())).isPresent();
	}

	/**
	 * Notes in the history that these revision classes were verified against the database, when it is at their one
	 * head with every applied checksum validated, so the next start with the same classes can skip the work.
	 * @param latest the history's latest entry as {@link #latestEntry} read it after the work
	 */
	private void recordVerified(Connection connection, Set<String> rows, Optional<HistoryTable.LatestEntry> latest) {
		List<RevisionScript> heads = graph().heads();
		// nothing to note, no column to write to (an older table, updated at the next upgrade), or noted already
		if (latest.isEmpty() || heads.size() != 1 || !rows.equals(Set.of(heads.get(0).id())) || verifies(latest, rows)) {
			return;
		}
		String fingerprint = this.revisions.fingerprint().orElseThrow();
		try (Statement statement = connection.createStatement()) {
			statement.execute(this.historyTable.recordVerifiedStatement(heads.get(0).id(), fingerprint));
		}
		catch (SQLException ex) { // only a shortcut for the next start: a read-only database still starts
			logger.info("Could not note the verified revision classes in the history (SQLState {}: {}); the next start"
					+ " validates them again", ex.getSQLState(), ex.getMessage());
		}
	}

	private MigrationLock lock(Connection connection) throws SQLException {
		return MigrationLock.acquire(connection, MigrationLock.keyFor(this.settings.versionTable()),
				this.settings.lockWaitTimeout());
	}

	private void createBookkeepingTables(Connection connection) throws SQLException {
		List<String> statements = new ArrayList<>(this.versionTable.createStatements());
		statements.add(this.historyTable.createStatement());
		statements.add(this.historyTable.upgradeStatement());
		SqlBatch.execute(connection, statements);
	}

	private void applySessionTimeouts(Connection connection) throws SQLException {
		StringBuilder sql = new StringBuilder();
		appendSetting(sql, "lock_timeout", this.settings.lockTimeout());
		appendSetting(sql, "statement_timeout", this.settings.statementTimeout());
		if (!sql.isEmpty()) {
			try (Statement statement = connection.createStatement()) {
				statement.execute(sql.toString());
			}
		}
	}

	private static void appendSetting(StringBuilder sql, String name, Duration value) {
		if (value != null) {
			sql.append("SET ").append(name).append(" = ").append(value.toMillis()).append("; ");
		}
	}

	private void resetSessionTimeouts(Connection connection) throws SQLException {
		if (this.settings.lockTimeout() != null || this.settings.statementTimeout() != null) {
			try (Statement statement = connection.createStatement()) {
				statement.execute("RESET lock_timeout; RESET statement_timeout");
			}
		}
	}

	private static void runInTransaction(Connection connection, List<String> statements) throws SQLException {
		connection.setAutoCommit(false);
		try {
			SqlBatch.execute(connection, statements);
			connection.commit();
		}
		catch (SQLException ex) {
			connection.rollback();
			throw ex;
		}
		finally {
			connection.setAutoCommit(true);
		}
	}

	private <T> T withConnection(ConnectionWork<T> work) {
		try (Connection connection = this.connector.open()) {
			connection.setAutoCommit(true);
			return work.run(connection);
		}
		catch (SQLException ex) {
			throw new MigrationException("Database error: SQLState " + ex.getSQLState() + ": "
					+ ex.getMessage(), null, null, ex.getSQLState(), ex);
		}
	}

	private interface ConnectionWork<T> {

		T run(Connection connection) throws SQLException;

	}

	private interface PlanMaker {

		MigrationPlan plan(Set<String> currentRows);

	}

}
