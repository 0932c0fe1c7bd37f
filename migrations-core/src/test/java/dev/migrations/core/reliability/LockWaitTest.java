package dev.migrations.core.reliability;

import static dev.migrations.core.operation.Dsl.column;
import static dev.migrations.core.operation.Dsl.primaryKey;
import static dev.migrations.core.schema.ColumnTypes.bigint;
import static dev.migrations.core.schema.ColumnTypes.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.migrations.core.operation.Operations;
import dev.migrations.core.postgres.Sql;
import dev.migrations.core.revision.Migration;
import dev.migrations.core.revision.Revision;
import dev.migrations.core.revision.RevisionGraph;
import dev.migrations.core.runtime.MigrationException;
import dev.migrations.core.runtime.MigrationResult;
import dev.migrations.core.runtime.MigrationSettings;
import dev.migrations.core.runtime.Migrator;
import dev.migrations.testsupport.FreshDatabase;

/**
 * With {@code lock_timeout} set, a revision blocked by another session's lock fails within about that time instead of
 * hanging, and the error names the statement, the timeout, and the session holding the lock with what it is doing.
 * Waiting for another process's migration lock is bounded the same way, and names that process's session.
 */
class LockWaitTest {

	static final String ACCOUNTS = "10c400000001";

	static final String EMAIL = "10c400000002";

	static final String SLOW = "10c400000003";

	@RegisterExtension
	static final FreshDatabase server = new FreshDatabase();

	@Test
	void aRevisionBlockedByAnotherSessionsLockFailsFastNamingTheLockAndWhoHoldsIt() throws SQLException {
		DataSource dataSource = server.newDatabase().dataSource();
		RevisionGraph graph = RevisionGraph.ofClasses(List.of(CreateAccounts.class, AddAccountEmail.class));
		new Migrator(dataSource, graph, MigrationSettings.defaults()).upgrade(ACCOUNTS);
		Migrator impatient = new Migrator(dataSource, graph,
				MigrationSettings.defaults().withLockTimeout(Duration.ofMillis(500)));

		try (Connection blocker = dataSource.getConnection(); Statement statement = blocker.createStatement()) {
			statement.execute("SET application_name = 'report job'");
			int pid = pid(statement);
			blocker.setAutoCommit(false);
			statement.execute("LOCK TABLE accounts IN ACCESS SHARE MODE");
			long started = System.nanoTime();

			assertThatExceptionOfType(MigrationException.class).isThrownBy(() -> impatient.upgrade("head"))
				.satisfies((ex) -> assertThat(ex.getMessage()).contains(
						"failed at statement 1 of 1:\n    ALTER TABLE accounts ADD COLUMN email text;\n"
								+ "  SQLState 55P03: ERROR: canceling statement due to lock timeout\n",
						"\n  The statement waited lock_timeout (500ms) for a lock on a table it names; held now by:\n"
								+ "    pid " + pid + " (application 'report job', idle in transaction for ",
						") holds AccessShareLock on accounts; its last query: LOCK TABLE accounts IN ACCESS SHARE MODE\n"
								+ "The revision was rolled back: the database is still at " + ACCOUNTS));
			assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
			blocker.rollback();
		}
		assertThat(impatient.upgrade("head").after()).containsExactly(EMAIL);
	}

	@Test
	void waitingForAnotherProcesssMigrationLockIsBoundedAndNamesItsSession() throws Exception {
		DataSource dataSource = server.newDatabase().dataSource();
		RevisionGraph graph = RevisionGraph.ofClasses(List.of(CreateAccounts.class, SlowBackfill.class));
		Sql sql = new Sql(dataSource);
		ExecutorService other = Executors.newSingleThreadExecutor();
		try {
			Future<MigrationResult> migrating = other
				.submit(() -> new Migrator(dataSource, graph, MigrationSettings.defaults()).upgrade("head"));
			await(() -> sql.value("SELECT count(*) FROM pg_stat_activity WHERE query LIKE 'SELECT pg_sleep%'").equals("1"));
			Migrator impatient = new Migrator(dataSource, graph,
					MigrationSettings.defaults().withLockWaitTimeout(Duration.ofSeconds(1)));

			assertThatExceptionOfType(MigrationException.class).isThrownBy(() -> impatient.upgrade("head"))
				.withMessageStartingWith("Timed out after 1 s waiting for the migration lock (PostgreSQL advisory lock ")
				.withMessageContaining("), held by PostgreSQL backend pid ")
				.withMessageContaining("Another process is migrating this database, or a stuck session holds the lock");
			sql.value("SELECT count(pg_cancel_backend(pid)) FROM pg_stat_activity WHERE query LIKE 'SELECT pg_sleep%'");
			assertThatExceptionOfType(ExecutionException.class).isThrownBy(migrating::get)
				.withRootCauseInstanceOf(SQLException.class);
		}
		finally {
			other.shutdownNow();
		}
	}

	private static void await(Callable<Boolean> condition) throws Exception {
		long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
		while (!condition.call()) {
			assertThat(System.nanoTime()).as("waited 30 s").isLessThan(deadline);
			Thread.sleep(50);
		}
	}

	private static int pid(Statement statement) throws SQLException {
		try (ResultSet result = statement.executeQuery("SELECT pg_backend_pid()")) {
			result.next();
			return result.getInt(1);
		}
	}

	@Revision(id = ACCOUNTS, message = "create accounts")
	public static class CreateAccounts implements Migration {

		@Override
		public void upgrade(Operations op) {
			op.createTable("accounts", column("id", bigint()).notNull(), primaryKey("id"));
		}

		@Override
		public void downgrade(Operations op) {
			op.dropTable("accounts");
		}

	}

	@Revision(id = SLOW, revises = ACCOUNTS, message = "backfill, slowly")
	public static class SlowBackfill implements Migration {

		@Override
		public void upgrade(Operations op) {
			op.execute("SELECT pg_sleep(60)");
		}

		@Override
		public void downgrade(Operations op) {
		}

	}

	@Revision(id = EMAIL, revises = ACCOUNTS, message = "add account email")
	public static class AddAccountEmail implements Migration {

		@Override
		public void upgrade(Operations op) {
			op.addColumn("accounts", column("email", text()));
		}

		@Override
		public void downgrade(Operations op) {
			op.dropColumn("accounts", "email");
		}

	}

}
