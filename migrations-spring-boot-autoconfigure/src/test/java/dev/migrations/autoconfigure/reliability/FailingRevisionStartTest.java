package dev.migrations.autoconfigure.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import dev.migrations.autoconfigure.reliability.app.ReliabilityApplication;
import dev.migrations.autoconfigure.reliability.revisions.failing.AddWidgetColor;
import dev.migrations.autoconfigure.reliability.revisions.failing.AddWidgetPrice;
import dev.migrations.autoconfigure.reliability.revisions.failing.CreateWidgets;
import dev.migrations.autoconfigure.reliability.revisions.failing.IndexWidgetNames;
import dev.migrations.autoconfigure.reliability.revisions.failing.RequirePositivePrices;
import dev.migrations.core.postgres.Sql;
import dev.migrations.core.revision.RevisionGraph;
import dev.migrations.core.runtime.MigrationSettings;
import dev.migrations.core.runtime.Migrator;
import dev.migrations.testsupport.CatalogSnapshot;
import dev.migrations.testsupport.FreshDatabase;
import dev.migrations.testsupport.TestDatabase;

/**
 * Revision 3 of 5 fails on its second statement: the application does not start and exits non-zero, its log names
 * the revision, its message, the failing SQL and the SQLState in Spring Boot's failure report (no stack trace), and
 * the database stays at revision 2 with its catalog and its data intact.
 */
class FailingRevisionStartTest {

	private static final List<Class<?>> REVISIONS = List.of(CreateWidgets.class, AddWidgetPrice.class,
			RequirePositivePrices.class, AddWidgetColor.class, IndexWidgetNames.class);

	@RegisterExtension
	static final FreshDatabase server = new FreshDatabase();

	@Test
	void aRevisionFailingOnItsSecondStatementStopsTheApplicationAndLeavesTheRevisionBefore(@TempDir Path logs)
			throws Exception {
		TestDatabase database = server.newDatabase();
		TestDatabase reference = server.newDatabase();
		new Migrator(reference.dataSource(), RevisionGraph.ofClasses(REVISIONS), MigrationSettings.defaults())
			.upgrade(AddWidgetPrice.ID);

		try (ApplicationProcess application = ApplicationProcess.start("failing", logs, database, List.of(),
				"migrations.packages=" + CreateWidgets.class.getPackageName())) {
			int exit = application.awaitExit(120);
			assertThat(exit).as("exit code; output:%n%s", application.output()).isNotZero();
			assertThat(application.output())
				.contains("Running upgrade " + AddWidgetPrice.ID + " -> " + RequirePositivePrices.ID
						+ ", require positive prices failed at statement 2 of 2")
				.contains(RequirePositivePrices.FAILING_SQL, "SQLState 23514")
				.contains("the database is still at " + AddWidgetPrice.ID)
				.contains("APPLICATION FAILED TO START")
				.doesNotContain(ReliabilityApplication.STARTED_AT, "\tat ");
		}

		assertThat(CatalogSnapshot.of(database.dataSource())).isEqualTo(CatalogSnapshot.of(reference.dataSource()));
		Sql sql = new Sql(database.dataSource());
		assertThat(sql.rows("SELECT version_num FROM migrations_version")).containsExactly(List.of(AddWidgetPrice.ID));
		assertThat(sql.rows("SELECT revision FROM migrations_history ORDER BY id"))
			.containsExactly(List.of(CreateWidgets.ID), List.of(AddWidgetPrice.ID));
		assertThat(sql.rows("SELECT * FROM widgets ORDER BY id"))
			.isEqualTo(new Sql(reference.dataSource()).rows("SELECT * FROM widgets ORDER BY id"))
			.containsExactly(List.of("1", "bolt", "1.50"), List.of("2", "nut", "0.00"));
	}

}
