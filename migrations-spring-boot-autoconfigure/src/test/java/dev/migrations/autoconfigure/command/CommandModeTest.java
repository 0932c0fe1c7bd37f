package dev.migrations.autoconfigure.command;

import static dev.migrations.autoconfigure.command.app.BookshopRevisions.BOOKS;
import static dev.migrations.autoconfigure.command.app.BookshopRevisions.COUNTRY;
import static dev.migrations.autoconfigure.command.app.BookshopRevisions.AUTHORS;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import dev.migrations.autoconfigure.MigrateCommand;
import dev.migrations.autoconfigure.command.ApplicationProcess.Result;
import dev.migrations.autoconfigure.command.app.BookshopRevisions;
import dev.migrations.core.revision.RevisionGraph;
import dev.migrations.core.revision.RevisionScript;
import dev.migrations.core.runtime.MigrationSettings;
import dev.migrations.core.runtime.Migrator;
import dev.migrations.core.support.CompiledRevisions;
import dev.migrations.testsupport.CatalogSnapshot;
import dev.migrations.testsupport.FreshDatabase;
import dev.migrations.testsupport.TestDatabase;

/**
 * Command mode as users meet it: the application started with one {@code migrate.*} property, in a process of its
 * own, prints the command's result on standard output (and nothing else there), its log and errors on standard
 * error, and exits with 0, 1 when {@code check} found something, or 2 on an error.
 */
class CommandModeTest {

	@RegisterExtension
	static final FreshDatabase server = new FreshDatabase();

	private static final RevisionGraph GRAPH = RevisionGraph.ofClasses(BookshopRevisions.ALL);

	@Test
	void currentPrintsTheDatabaseRevisionMarkedAsTheHead() throws Exception {
		TestDatabase database = databaseAt(BOOKS);

		Result result = ApplicationProcess.on(database).property("migrate.current").run();

		assertThat(result.exitCode()).isZero();
		assertThat(result.stdout()).isEqualTo("c3c3c3c3c3c3 (head)\n");
	}

	@Test
	void underMavenTheSnippetsEmptyVariablesAreNotCommandsSoOnlyTheGivenOneRuns() throws Exception {
		TestDatabase database = server.newDatabase();
		ApplicationProcess application = ApplicationProcess.on(database)
			.environment("MAVEN_CMD_LINE_ARGS", " -q spring-boot:run -Dmigrate.current");
		for (String name : MigrateCommand.NAMES) {
			application.environment("MIGRATE_" + name.toUpperCase(Locale.ROOT), "");
		}
		application.environment("MIGRATE_PURGE", "").environment("MIGRATE_CURRENT", "true");

		Result result = application.run();

		assertThat(result.exitCode()).isZero();
		assertThat(result.stdout()).as("a database at base has no current revision").isEmpty();
	}

	@Test
	void upgradeAppliesThePendingRevisionsLogsEachOneAndSaysWhereTheDatabaseIs() throws Exception {
		TestDatabase database = server.newDatabase();

		Result result = ApplicationProcess.on(database).property("migrate.upgrade").run();

		assertThat(result.exitCode()).isZero();
		assertThat(result.stdout()).isEqualTo("Upgraded to c3c3c3c3c3c3 (head), 3 revisions applied\n");
		assertThat(result.stderr()).contains("INFO  [Migrator] Running upgrade  -> a1a1a1a1a1a1, create authors\n",
				"INFO  [Migrator] Running upgrade b2b2b2b2b2b2 -> c3c3c3c3c3c3, create books\n");
		assertThat(migrator(database).currentRevisions()).containsExactly(BOOKS);
	}

	@Test
	void downgradeMinusOneRevertsTheLastRevision() throws Exception {
		TestDatabase database = databaseAt(BOOKS);

		Result result = ApplicationProcess.on(database).property("migrate.downgrade=-1").run();

		assertThat(result.exitCode()).isZero();
		assertThat(result.stdout()).isEqualTo("Downgraded to b2b2b2b2b2b2, 1 revision reverted\n");
		assertThat(result.stderr()).contains("Running downgrade c3c3c3c3c3c3 -> b2b2b2b2b2b2, create books");
		assertThat(migrator(database).currentRevisions()).containsExactly(COUNTRY);
	}

	@Test
	void historyListsTheRevisionsNewestFirstInAlembicsFormat() throws Exception {
		TestDatabase database = databaseAt(COUNTRY);

		Result result = ApplicationProcess.on(database).property("migrate.history").run();

		assertThat(result.exitCode()).isZero();
		assertThat(result.stdout()).isEqualTo("""
				b2b2b2b2b2b2 -> c3c3c3c3c3c3 (head), create books
				a1a1a1a1a1a1 -> b2b2b2b2b2b2 (current), add author country
				<base> -> a1a1a1a1a1a1, create authors
				""");
	}

	@Test
	void headsGivenAsAProgramArgumentListsTheHeads() throws Exception {
		Result result = ApplicationProcess.on(server.newDatabase()).argument("--migrate.heads").run();

		assertThat(result.exitCode()).isZero();
		assertThat(result.stdout()).isEqualTo("c3c3c3c3c3c3 (head)\n");
	}

	@Test
	void stampWithPurgeReplacesARevisionNoClassDeclaresWithoutRunningAnything() throws Exception {
		TestDatabase database = databaseAt(AUTHORS);
		try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
			statement.execute("UPDATE migrations_version SET version_num = 'ffffffffffff'");
			statement.execute("DROP TABLE authors");
		}

		Result result = ApplicationProcess.on(database)
			.property("migrate.stamp=head")
			.property("migrate.purge")
			.run();

		assertThat(result.exitCode()).isZero();
		assertThat(result.stdout()).isEqualTo("Stamped c3c3c3c3c3c3 (head), was ffffffffffff\n");
		assertThat(CatalogSnapshot.of(database.dataSource()).tableNames())
			.containsExactlyInAnyOrder("public.migrations_version", "public.migrations_history");
	}

	@Test
	void revisionWritesAnEmptyRevisionOnTopOfTheHeadAndPrintsItsPath(@TempDir Path project) throws Exception {
		Result result = ApplicationProcess.on(server.newDatabase())
			.property("migrate.revision=add book isbn")
			.in(project)
			.run();

		assertThat(result.exitCode()).isZero();
		assertThat(result.stdout()).startsWith("src/main/java/dev/migrations/autoconfigure/command/app/migrations/R")
			.endsWith("_add_book_isbn.java\n");
		assertThat(Files.readString(project.resolve(result.stdout().strip())))
			.contains("revises = \"c3c3c3c3c3c3\"", "message = \"add book isbn\"");
	}

	@Test
	void revisionKeepsAMessageWithQuotesLineBreaksEscapesAndPlaceholdersAsTyped(@TempDir Path project)
			throws Exception {
		String message = "it's \"quoted\"\nsecond line ${user.home} ${no.such.property} \\u000a */ \"); //";
		Result result = ApplicationProcess.on(server.newDatabase())
			.property("migrate.revision=" + message)
			.in(project)
			.run();

		assertThat(result.exitCode()).as("%s", result).isZero();
		Path file = project.resolve(result.stdout().strip());
		String className = "dev.migrations.autoconfigure.command.app.migrations."
				+ file.getFileName().toString().replace(".java", "");
		Class<?> revision = CompiledRevisions
			.compileFiles(List.of(file), Files.createTempDirectory(project, "classes"), List.of(className))
			.get(0);
		assertThat(RevisionScript.of(revision).message()).isEqualTo(message);
	}

	@Test
	void checkPassesWhenNoRevisionIsPending() throws Exception {
		Result result = ApplicationProcess.on(databaseAt(BOOKS)).property("migrate.check").run();

		assertThat(result.exitCode()).isZero();
		assertThat(result.stdout()).isEqualTo("No pending revisions.\n");
	}

	@Test
	void checkFailsWithExitCodeOneAndListsThePendingRevisions() throws Exception {
		Result result = ApplicationProcess.on(databaseAt(AUTHORS)).property("migrate.check").run();

		assertThat(result.exitCode()).isEqualTo(1);
		assertThat(result.stdout()).isEqualTo("""
				Database is not up to date with head: 2 revisions pending
				  a1a1a1a1a1a1 -> b2b2b2b2b2b2, add author country
				  b2b2b2b2b2b2 -> c3c3c3c3c3c3, create books
				""");
	}

	@Test
	void sqlPrintsOnlyTheScriptNeedsNoDatabaseAndBuildsWhatUpgradeBuilds() throws Exception {
		TestDatabase scripted = server.newDatabase();

		Result result = ApplicationProcess.on(scripted)
			.property("spring.datasource.url=jdbc:postgresql://localhost:1/unreachable")
			.property("migrate.sql")
			.run();

		assertThat(result.exitCode()).isZero();
		assertThat(result.stdout()).startsWith("-- upgrade base:head: 3 revision(s)\n").endsWith("COMMIT;\n\n");
		try (Connection connection = scripted.connect(); Statement statement = connection.createStatement()) {
			statement.execute(result.stdout());
		}
		TestDatabase upgraded = databaseAt(BOOKS);
		assertThat(CatalogSnapshot.of(scripted.dataSource())).isEqualTo(CatalogSnapshot.of(upgraded.dataSource()));
	}

	@Test
	void anUnknownCommandIsRefusedWithTheListOfCommandsAndNothingElseRuns() throws Exception {
		TestDatabase database = server.newDatabase();

		Result result = ApplicationProcess.on(database).property("migrate.curent").run();

		assertThat(result.exitCode()).isEqualTo(2);
		assertThat(result.stdout()).isEmpty();
		assertThat(result.stderr()).contains("FAILED: Unknown command migrate.curent. The commands are migrate.current,"
				+ " migrate.heads, migrate.branches");
		assertThat(CatalogSnapshot.of(database.dataSource()).tableNames()).as("no startup migration").isEmpty();
	}

	@Test
	void aTargetThatNamesNoRevisionFailsWithExitCodeTwoAndItsMessageWithoutAStackTrace() throws Exception {
		Result result = ApplicationProcess.on(server.newDatabase()).property("migrate.upgrade=zzzz").run();

		assertThat(result.exitCode()).isEqualTo(2);
		assertThat(result.stdout()).isEmpty();
		assertThat(result.stderr()).contains("FAILED: Can't locate revision identified by 'zzzz'\n")
			.doesNotContain("\tat ");
	}

	@Test
	void withDebugTheStackTraceFollowsTheMessage() throws Exception {
		Result result = ApplicationProcess.on(server.newDatabase())
			.property("migrate.upgrade=zzzz")
			.property("debug")
			.run();

		assertThat(result.exitCode()).isEqualTo(2);
		assertThat(result.stderr()).contains("FAILED: Can't locate revision identified by 'zzzz'\n",
				"dev.migrations.core.revision.RevisionGraphException", "\tat ");
	}

	@Test
	void aBrokenRevisionGraphFailsTheStartWithExitCodeTwoAndNamesTheClass() throws Exception {
		Result result = ApplicationProcess.on(server.newDatabase())
			.property("migrations.packages=dev.migrations.autoconfigure.command.broken")
			.property("migrate.heads")
			.run();

		assertThat(result.exitCode()).isEqualTo(2);
		assertThat(result.stderr()).isEqualTo("FAILED: revision d4d4d4d4d4d4 revises 9c1d00000000, which does not"
				+ " exist; fix revises in dev.migrations.autoconfigure.command.broken.OrphanRevision or add the missing"
				+ " revision class\n");
	}

	@Test
	void anUnreachableDatabaseFailsWithExitCodeTwo() throws Exception {
		Result result = ApplicationProcess.on(server.newDatabase())
			.property("spring.datasource.url=jdbc:postgresql://localhost:1/unreachable")
			.property("migrate.current")
			.run();

		assertThat(result.exitCode()).isEqualTo(2);
		assertThat(result.stderr()).startsWith("FAILED: Could not connect to the database")
			.contains("SQLState 08001: Connection to localhost:1 refused");
	}

	@Test
	void withoutACommandABrokenRevisionGraphStopsTheStartWithItsMessageAndWhatToDo() throws Exception {
		Result result = ApplicationProcess.on(server.newDatabase())
			.property("migrations.packages=dev.migrations.autoconfigure.command.broken")
			.run();

		assertThat(result.exitCode()).isEqualTo(1);
		assertThat(result.stdout()).contains("APPLICATION FAILED TO START", """
				Description:

				revision d4d4d4d4d4d4 revises 9c1d00000000, which does not exist;""", """
				Action:

				Correct the revision classes or the target named above""");
	}

	private static TestDatabase databaseAt(String revision) {
		TestDatabase database = server.newDatabase();
		migrator(database).upgrade(revision);
		return database;
	}

	private static Migrator migrator(TestDatabase database) {
		return new Migrator(database.dataSource(), GRAPH, MigrationSettings.defaults());
	}

}
