package dev.migrations.core.runtime;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.migrations.core.operation.Operation;
import dev.migrations.core.postgres.SqlStatement;
import dev.migrations.core.revision.MigrationPlan;
import dev.migrations.core.revision.MigrationPlan.Direction;
import dev.migrations.core.revision.MigrationPlan.Step;
import dev.migrations.core.revision.RevisionScript;

/**
 * Runs the steps of a plan on one connection: each revision's statements, then the version-table and history
 * updates, in one transaction per revision (or one for all). A failure rolls back what can be rolled back and
 * names the revision, the statement, the SQLState and what to do.
 */
final class PlanExecutor {

	private static final Logger logger = LoggerFactory.getLogger(Migrator.class);

	/** {@code lock_timeout} ended the statement. */
	private static final String LOCK_NOT_AVAILABLE = "55P03";


	private final Connection connection;

	private final VersionTable versionTable;

	private final HistoryTable historyTable;

	private final TransactionMode transactionMode;

	private final List<MigrationListener> listeners;

	PlanExecutor(Connection connection, VersionTable versionTable, HistoryTable historyTable,
			TransactionMode transactionMode, List<MigrationListener> listeners) {
		this.listeners = listeners;
		this.connection = connection;
		this.versionTable = versionTable;
		this.historyTable = historyTable;
		this.transactionMode = transactionMode;
	}

	/**
	 * Runs the plan from the given rows; each rendered revision matches the step at the same position. Revisions
	 * that can go in a batch ({@link RevisionGroup}) are sent up to {@value RevisionGroup#MAX_REVISIONS} at a time;
	 * the others run statement by statement.
	 */
	List<AppliedRevision> run(MigrationPlan plan, List<RenderedRevision> rendered, Set<String> rowsBefore)
			throws SQLException {
		List<AppliedRevision> applied = new ArrayList<>();
		Set<String> rows = new LinkedHashSet<>(rowsBefore);
		Set<String> rowsAtStart = rows;
		boolean single = this.transactionMode == TransactionMode.ALL;
		RevisionGroup group = new RevisionGroup(!single);
		Direction direction = plan.direction();
		this.connection.setAutoCommit(false);
		try {
			for (int i = 0; i < plan.steps().size(); i++) {
				Step step = plan.steps().get(i);
				RenderedRevision revision = rendered.get(i);
				String checksum = (direction == Direction.UPGRADE) ? revision.checksum() : null;
				HistoryAction action = (direction == Direction.UPGRADE) ? HistoryAction.UPGRADE : HistoryAction.DOWNGRADE;
				List<String> bookkeeping = new ArrayList<>(this.versionTable.updateStatements(rows, step.rowsAfter()));
				if (RevisionGroup.accepts(revision)) {
					bookkeeping.add(this.historyTable.insertMeasuredStatement(step.revision().id(), action,
							step.revision().message(), checksum, this.transactionMode));
					group.add(step, revision, bookkeeping, rows);
					if (group.isFull()) {
						applied.addAll(send(group, direction, rowsAtStart));
					}
				}
				else {
					applied.addAll(send(group, direction, rowsAtStart));
					applied.add(runAlone(direction, step, revision, bookkeeping, action, checksum,
							single ? rowsAtStart : rows));
				}
				rows = new LinkedHashSet<>(step.rowsAfter());
			}
			applied.addAll(send(group, direction, rowsAtStart));
			if (single) {
				this.connection.commit();
				notifyListeners(applied);
			}
		}
		finally {
			this.connection.setAutoCommit(true);
		}
		return applied;
	}

	/**
	 * Runs a revision that cannot join a batch statement by statement, then its bookkeeping with the duration
	 * measured here, and commits it (unless the run is one transaction).
	 */
	private AppliedRevision runAlone(Direction direction, Step step, RenderedRevision revision,
			List<String> bookkeeping, HistoryAction action, String checksum, Set<String> rollbackRows)
			throws SQLException {
		logRunning(direction, step);
		long started = System.nanoTime();
		List<Integer> committed = execute(direction, step, revision, rollbackRows);
		Duration duration = Duration.ofNanos(System.nanoTime() - started);
		bookkeeping.add(this.historyTable.insertStatement(step.revision().id(), action, step.revision().message(),
				checksum, duration));
		runBatch(bookkeeping, direction, step, revision, committed, rollbackRows);
		AppliedRevision done = new AppliedRevision(step.revision().id(), step.revision().message(), direction,
				duration);
		if (this.transactionMode == TransactionMode.PER_REVISION) {
			this.connection.commit();
			notifyListeners(List.of(done));
		}
		return done;
	}

	private void notifyListeners(List<AppliedRevision> committed) {
		for (AppliedRevision revision : committed) {
			this.listeners.forEach((listener) -> listener.revisionCompleted(revision));
		}
	}

	/**
	 * Sends the group as one batch and empties it; returns its revisions as applied, with the durations the server
	 * measured. A failure rolls back the failing revision (the whole run in transaction mode ALL): the revisions
	 * before it in the group stay committed, and are reported to the listeners, in transaction mode PER_REVISION.
	 */
	private List<AppliedRevision> send(RevisionGroup group, Direction direction, Set<String> rowsAtStart)
			throws SQLException {
		if (group.isEmpty()) {
			return List.of();
		}
		group.members().forEach((member) -> logRunning(direction, member.step()));
		try {
			SqlBatch.execute(this.connection, group.entries());
		}
		catch (SQLException ex) {
			BatchFailure failed = BatchFailure.of(ex, group.entries());
			rollback();
			throw groupFailure(group, direction, failed, rowsAtStart);
		}
		List<AppliedRevision> applied = appliedRevisions(group.members(), direction);
		group.clear();
		if (this.transactionMode == TransactionMode.PER_REVISION) {
			notifyListeners(applied);
		}
		return applied;
	}

	/** The members as applied revisions, with the durations the server recorded in the history for them. */
	private List<AppliedRevision> appliedRevisions(List<RevisionGroup.Member> members, Direction direction)
			throws SQLException {
		if (members.isEmpty()) {
			return List.of();
		}
		boolean perRevision = this.transactionMode == TransactionMode.PER_REVISION;
		ensureAutoCommit(perRevision); // committed: read outside a transaction; ALL: inside the run's
		List<Duration> durations = this.historyTable.latestDurations(this.connection, members.size());
		ensureAutoCommit(false);
		List<AppliedRevision> applied = new ArrayList<>();
		for (int i = 0; i < members.size(); i++) {
			RevisionScript revision = members.get(i).step().revision();
			applied.add(new AppliedRevision(revision.id(), revision.message(), direction, durations.get(i)));
		}
		return applied;
	}

	private MigrationException groupFailure(RevisionGroup group, Direction direction, BatchFailure failed,
			Set<String> rowsAtStart) throws SQLException {
		boolean perRevision = this.transactionMode == TransactionMode.PER_REVISION;
		int entry = failed.entry().orElse(-1);
		RevisionGroup.Member member = (entry >= 0) ? group.memberOf(entry)
				: perRevision ? group.startingFrom(currentRows()).orElse(group.members().get(0))
						: group.members().get(0);
		if (perRevision) {
			notifyListeners(appliedRevisions(group.members().subList(0, group.members().indexOf(member)), direction));
		}
		Set<String> rollbackRows = perRevision ? member.rowsBefore() : rowsAtStart;
		Step step = member.step();
		RenderedRevision revision = member.revision();
		List<SqlStatement> statements = revision.statements();
		SQLException error = failed.error();
		int index = member.statementIndex(entry);
		if (entry < 0) {
			String script = String.join("\n", statements.stream().map(SqlStatement::toScript).toList());
			return failure(direction, step, "one of its " + statements.size() + " statements (the driver did not say"
					+ " which)", script, error, "", revision, List.of(), rollbackRows);
		}
		if (index >= 0 && index < statements.size()) {
			SqlStatement statement = statements.get(index);
			return failure(direction, step, "statement " + (index + 1) + " of " + statements.size(),
					statement.toScript(), error, diagnose(statement, revision.sources().get(index), error), revision,
					List.of(), rollbackRows);
		}
		if (index >= statements.size() && index < statements.size() + member.bookkeeping().size()) {
			return failure(direction, step, "the version table update", String.join(";\n", member.bookkeeping()),
					error, "", revision, List.of(), rollbackRows);
		}
		String command = group.entries().get(entry);
		return failure(direction, step, command.equals(RevisionGroup.COMMIT)
				? "the commit, where deferred constraints are checked" : "the start of its transaction", command, error,
				"", revision, List.of(), rollbackRows);
	}

	private Set<String> currentRows() throws SQLException {
		ensureAutoCommit(true);
		try {
			return this.versionTable.read(this.connection);
		}
		finally {
			ensureAutoCommit(false);
		}
	}

	/**
	 * Runs the revision's statements; returns the positions of those committed on the way, which stay applied
	 * whatever happens next: a non-transactional statement commits the statements before it and itself.
	 */
	private List<Integer> execute(Direction direction, Step step, RenderedRevision revision, Set<String> rollbackRows)
			throws SQLException {
		List<Integer> committed = new ArrayList<>();
		int uncommittedFrom = 0;
		List<SqlStatement> statements = revision.statements();
		for (int i = 0; i < statements.size(); i++) {
			SqlStatement statement = statements.get(i);
			try {
				if (statement.transactional()) {
					ensureAutoCommit(false);
					run(statement);
				}
				else {
					if (!this.connection.getAutoCommit()) { // the block's first statement: commit what came before
						this.connection.commit();
						ensureAutoCommit(true);
					}
					IntStream.range(uncommittedFrom, i).forEach(committed::add);
					run(statement);
					committed.add(i);
					uncommittedFrom = i + 1;
				}
			}
			catch (SQLException ex) {
				rollback();
				throw failure(direction, step, "statement " + (i + 1) + " of " + statements.size(), statement.toScript(),
						ex, diagnose(statement, revision.sources().get(i), ex), revision, committed, rollbackRows);
			}
		}
		ensureAutoCommit(false);
		return committed;
	}

	/** What the runtime found out, or did, about a statement that failed; empty when nothing. */
	private String diagnose(SqlStatement statement, Operation source, SQLException ex) {
		if (LOCK_NOT_AVAILABLE.equals(ex.getSQLState())) {
			return LockHolders.describe(this.connection, statement.sql());
		}
		return statement.transactional() ? "" : FailedIndexBuild.cleanUp(this.connection, source);
	}

	private void runBatch(List<String> statements, Direction direction, Step step, RenderedRevision revision,
			List<Integer> committed, Set<String> rollbackRows) throws SQLException {
		try {
			SqlBatch.execute(this.connection, statements);
		}
		catch (SQLException ex) {
			rollback();
			throw failure(direction, step, "the version table update", String.join(";\n", statements), ex, "",
					revision, committed, rollbackRows);
		}
	}

	private void run(SqlStatement statement) throws SQLException {
		if (statement.parameters().isEmpty()) {
			try (Statement plain = this.connection.createStatement()) {
				plain.execute(statement.sql());
			}
			return;
		}
		try (PreparedStatement prepared = this.connection.prepareStatement(statement.sql())) {
			statement.bindParameters(prepared);
			prepared.execute();
		}
	}

	private void ensureAutoCommit(boolean autoCommit) throws SQLException {
		if (this.connection.getAutoCommit() != autoCommit) {
			this.connection.setAutoCommit(autoCommit);
		}
	}

	private void rollback() {
		try {
			if (!this.connection.getAutoCommit()) {
				this.connection.rollback();
			}
		}
		catch (SQLException ex) {
			logger.warn("Rolling back after a failed revision failed too", ex);
		}
	}

	private MigrationException failure(Direction direction, Step step, String where, String sql, SQLException ex,
			String diagnosis, RenderedRevision revision, List<Integer> committed, Set<String> rollbackRows) {
		String verb = direction.name().toLowerCase();
		StringBuilder message = new StringBuilder();
		message.append("Running ").append(verb).append(' ').append(transition(direction, step))
			.append(" failed at ").append(where).append(":\n    ").append(sql.replace("\n", "\n    "))
			.append("\n  SQLState ").append(ex.getSQLState()).append(": ").append(ex.getMessage());
		for (String note : List.of(SqlStateHints.hint(ex.getSQLState()), diagnosis)) {
			if (!note.isEmpty()) {
				message.append("\n  ").append(note);
			}
		}
		String state = "the database is still at " + describe(rollbackRows);
		if (committed.isEmpty()) {
			message.append("\n").append((this.transactionMode == TransactionMode.ALL) ? "The whole run was rolled back"
					: "The revision was rolled back").append(": ").append(state)
				.append(". Fix the revision (or the data) and run again.");
		}
		else {
			message.append("\nThe revision was not recorded, so ").append(state)
				.append(", but these of its statements were committed before the failure and stay applied:\n    ")
				.append(String.join("\n    ", committed.stream().map((i) -> revision.statements().get(i).toScript())
					.toList()))
				.append("\n  Undo them before running again:\n    ")
				.append(String.join("\n    ", revision.undo(committed)));
		}
		return new MigrationException(message.toString(), step.revision().id(), sql, ex.getSQLState(), ex);
	}

	private static void logRunning(Direction direction, Step step) {
		logger.info("Running {} {}", direction.name().toLowerCase(), transition(direction, step));
	}

	/** Alembic's wording: {@code  -> bce8c437167b, initial schema} or {@code bce8c437167b -> , initial schema}. */
	static String transition(Direction direction, Step step) {
		RevisionScript revision = step.revision();
		String parents = String.join(", ", revision.revises());
		return (direction == Direction.UPGRADE) ? parents + " -> " + revision.id() + ", " + revision.message()
				: revision.id() + " -> " + parents + ", " + revision.message();
	}

	static String describe(Set<String> rows) {
		return rows.isEmpty() ? "base (no revision)" : String.join(", ", rows);
	}

}
