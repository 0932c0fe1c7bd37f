package dev.migrations.autoconfigure.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import dev.migrations.autoconfigure.reliability.app.ReliabilityApplication;
import dev.migrations.autoconfigure.reliability.revisions.crash.AddAccountEmailSlowly;
import dev.migrations.autoconfigure.reliability.revisions.crash.CreateAccounts;
import dev.migrations.core.postgres.Sql;
import dev.migrations.core.revision.RevisionGraph;
import dev.migrations.core.runtime.MigrationSettings;
import dev.migrations.core.runtime.Migrator;
import dev.migrations.testsupport.CatalogSnapshot;
import dev.migrations.testsupport.FreshDatabase;
import dev.migrations.testsupport.TestDatabase;

/**
 * An application killed with SIGKILL while a long revision runs: the database is left at the previous revision with
 * no trace of the killed one, the migration lock is free within seconds (not when the revision's statement would have
 * ended), and the next start completes the upgrade.
 */
class CrashMidRevisionTest {

	private static final String PACKAGES = "migrations.packages=" + CreateAccounts.class.getPackageName();

	@RegisterExtension
	static final FreshDatabase server = new FreshDatabase();

	@Test
	void aProcessKilledDuringARevisionLeavesThePreviousRevisionAndAFreeLockAndTheNextStartCompletes(
			@TempDir Path logs) throws Exception {
		TestDatabase database = server.newDatabase();
		Sql sql = new Sql(database.dataSource());
		try (ApplicationProcess killed = ApplicationProcess.start("killed", logs, database, List.of(), PACKAGES,
				"spring.datasource.hikari.data-source-properties.options=-c " + AddAccountEmailSlowly.SLEEP_SETTING
						+ "=600")) {
			await("the revision's pause between its two statements").atMost(Duration.ofSeconds(90))
				.failFast("the application ended before the pause", () -> !killed.isRunning())
				.until(() -> count(sql, "SELECT count(*) FROM pg_stat_activity WHERE application_name = 'killed'"
						+ " AND state = 'active' AND query LIKE '%pg_sleep%'") == 1);
			killed.kill();
		}

		await("the killed process's session to end and its lock to be free").atMost(Duration.ofSeconds(10))
			.until(() -> count(sql, "SELECT count(*) FROM pg_stat_activity WHERE application_name = 'killed'") == 0
					&& count(sql, "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory'") == 0);
		assertThat(CatalogSnapshot.of(database.dataSource())).isEqualTo(catalogAt(CreateAccounts.ID));
		assertThat(sql.rows("SELECT version_num FROM migrations_version")).containsExactly(List.of(CreateAccounts.ID));
		assertThat(sql.rows("SELECT revision, direction FROM migrations_history"))
			.containsExactly(List.of(CreateAccounts.ID, "upgrade"));
		assertThat(sql.rows("SELECT id, name FROM accounts ORDER BY id")).containsExactly(List.of("1", "Ada"),
				List.of("2", "Grace"));

		try (ApplicationProcess restarted = ApplicationProcess.start("restarted", logs, database, List.of(), PACKAGES)) {
			int exit = restarted.awaitExit(120);
			assertThat(exit).as("exit code; output:%n%s", restarted.output()).isZero();
			assertThat(restarted.output())
				.contains(ReliabilityApplication.STARTED_AT + "[" + AddAccountEmailSlowly.ID + "]");
		}
		assertThat(CatalogSnapshot.of(database.dataSource())).isEqualTo(catalogAt(AddAccountEmailSlowly.ID));
	}

	/** The catalog of a new database upgraded to the target in this JVM, without any crash. */
	private static CatalogSnapshot catalogAt(String target) throws SQLException {
		TestDatabase reference = server.newDatabase();
		new Migrator(reference.dataSource(),
				RevisionGraph.ofClasses(List.of(CreateAccounts.class, AddAccountEmailSlowly.class)),
				MigrationSettings.defaults())
			.upgrade(target);
		return CatalogSnapshot.of(reference.dataSource());
	}

	private static int count(Sql sql, String query) throws SQLException {
		return Integer.parseInt(sql.value(query));
	}

}
