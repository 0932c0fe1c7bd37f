package dev.migrations.core.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.migrations.core.revision.RevisionGraph;
import dev.migrations.testsupport.CatalogSnapshot;
import dev.migrations.testsupport.FreshDatabase;
import dev.migrations.testsupport.TestDatabase;

class OfflineScriptTest {

	@RegisterExtension
	static final FreshDatabase server = new FreshDatabase();

	private final RevisionGraph graph = RevisionGraph.ofClasses(ShopRevisions.ALL);

	private final OfflineScript offline = new OfflineScript(this.graph, MigrationSettings.defaults());

	@Test
	void theUpgradeScriptRunOnAnEmptyDatabaseGivesTheSameCatalogAsUpgrade() throws SQLException {
		TestDatabase migrated = server.newDatabase();
		new Migrator(migrated.dataSource(), this.graph, MigrationSettings.defaults()).upgrade("head");
		TestDatabase scripted = server.newDatabase();

		run(scripted, this.offline.render("base:head"));

		assertThat(CatalogSnapshot.of(scripted.dataSource())).isEqualTo(CatalogSnapshot.of(migrated.dataSource()));
		assertThat(new Migrator(scripted.dataSource(), this.graph, MigrationSettings.defaults()).currentRevisions())
			.containsExactly(ShopRevisions.ORDERS);
	}

	@Test
	void theScriptReadsLikeTheRunItReplaces() {
		String script = this.offline.render("base:head");

		assertThat(script).startsWith("-- upgrade base:head: 3 revision(s)")
			.contains("CREATE TABLE IF NOT EXISTS migrations_version (version_num varchar(32) NOT NULL")
			.contains("-- Running upgrade  -> a1a1a1a1a1a1, create users\nBEGIN;\nCREATE TABLE users")
			.contains("INSERT INTO migrations_version (version_num) VALUES ('a1a1a1a1a1a1');")
			.contains("UPDATE migrations_version SET version_num = 'b2b2b2b2b2b2' WHERE version_num = 'a1a1a1a1a1a1';")
			.endsWith("COMMIT;\n\n");
	}

	@Test
	void aDowngradeScriptTakesTheDatabaseBackDown() throws SQLException {
		TestDatabase database = server.newDatabase();
		new Migrator(database.dataSource(), this.graph, MigrationSettings.defaults()).upgrade("head");

		String script = this.offline.render("head:" + ShopRevisions.USERS);
		run(database, script);

		assertThat(script).startsWith("-- downgrade head:" + ShopRevisions.USERS + ": 2 revision(s)");
		assertThat(new Migrator(database.dataSource(), this.graph, MigrationSettings.defaults()).currentRevisions())
			.containsExactly(ShopRevisions.USERS);
		assertThat(CatalogSnapshot.of(database.dataSource()).tableNames()).doesNotContain("public.order");
	}

	private static void run(TestDatabase database, String script) throws SQLException {
		try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
			statement.execute(script);
		}
	}

}
