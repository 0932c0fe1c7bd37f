package dev.migrations.autoconfigure.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.support.StaticListableBeanFactory;

import dev.migrations.autoconfigure.MigrateCommand;
import dev.migrations.autoconfigure.command.app.BookshopRevisions;
import dev.migrations.core.codegen.FileNameTemplate;
import dev.migrations.core.codegen.RevisionWriter;
import dev.migrations.core.command.MigrationCommands;
import dev.migrations.core.revision.RevisionGraph;
import dev.migrations.core.revision.RevisionGraphException;
import dev.migrations.core.runtime.MigrationSettings;
import dev.migrations.core.runtime.Migrator;
import dev.migrations.core.runtime.OfflineScript;
import dev.migrations.testsupport.FreshDatabase;
import dev.migrations.testsupport.TestDatabase;

/**
 * What each command prints, and the arguments it insists on; {@link CommandModeTest} shows the same through a
 * process of its own, with exit codes.
 */
class CommandExecutorTest {

	@RegisterExtension
	static final FreshDatabase server = new FreshDatabase();

	private static final RevisionGraph GRAPH = RevisionGraph.ofClasses(BookshopRevisions.ALL);

	@TempDir
	Path sources;

	private final ByteArrayOutputStream output = new ByteArrayOutputStream();

	@Test
	void upgradeAtTheTargetSaysWhereTheDatabaseAlreadyIs() {
		TestDatabase database = server.newDatabase();
		migrator(database).upgrade("head");

		ExitStatus status = execute(database, "upgrade", "head");

		assertThat(status).isEqualTo(ExitStatus.SUCCESS);
		assertThat(printed()).isEqualTo("Already at c3c3c3c3c3c3 (head)\n");
	}

	@Test
	void downgradeToBaseSaysSo() {
		TestDatabase database = server.newDatabase();
		migrator(database).upgrade("head");

		execute(database, "downgrade", "base");

		assertThat(printed()).isEqualTo("Downgraded to base, 3 revisions reverted\n");
	}

	@Test
	void showPrintsTheRevisionItsPlaceAndTheSqlItRuns() {
		execute(server.newDatabase(), "show", "b2b2");

		assertThat(printed()).startsWith("""
				Rev: b2b2b2b2b2b2
				Parent: a1a1a1a1a1a1
				Class: dev.migrations.autoconfigure.command.app.BookshopRevisions$AddCountry
				Applied: no

				    add author country

				Upgrade SQL:
				    ALTER TABLE authors ADD COLUMN country character(2);
				""");
	}

	@Test
	void branchesOfALinearHistoryPrintNothing() {
		execute(server.newDatabase(), "branches", null);

		assertThat(printed()).isEmpty();
	}

	@Test
	void commandsThatMoveTheDatabaseOrNameARevisionNeedAnArgument() {
		TestDatabase database = server.newDatabase();

		assertThatIllegalArgumentException().isThrownBy(() -> execute(database, "downgrade", null))
			.withMessage("downgrade needs a target, such as migrate.downgrade=-1 or =base");
		assertThatIllegalArgumentException().isThrownBy(() -> execute(database, "stamp", null))
			.withMessage("stamp needs a target, such as migrate.stamp=head");
		assertThatIllegalArgumentException().isThrownBy(() -> execute(database, "show", null))
			.withMessage("show needs a revision, such as migrate.show=head");
		assertThatIllegalArgumentException().isThrownBy(() -> execute(database, "revision", null))
			.withMessage("revision needs a message, such as migrate.revision=\"add user phone number\"");
	}

	@Test
	void mergeWithASingleHeadHasNothingToMerge() {
		assertThatExceptionOfType(RevisionGraphException.class)
			.isThrownBy(() -> execute(server.newDatabase(), "merge", null))
			.withMessage("Nothing to merge: 'heads' names 1 revision(s); a merge joins at least two heads");
	}

	@Test
	void generateWithoutJpaSaysWhatAutogenerateNeedsInsteadOfWritingAnything() {
		assertThatIllegalStateException().isThrownBy(() -> execute(server.newDatabase(), "generate", "add a column"))
			.withMessageStartingWith("Autogenerate compares JPA entities with the database: it needs Spring Data JPA");
		assertThat(this.sources).isEmptyDirectory();
	}

	@Test
	void withoutMigrationsSetUpACommandSaysWhatIsMissing() {
		CommandExecutor executor = new CommandExecutor(
				new StaticListableBeanFactory().getBeanProvider(MigrationCommands.class),
				new StaticListableBeanFactory().getBeanProvider(MigrationCheck.class),
				new StaticListableBeanFactory().getBeanProvider(RevisionGenerator.class));

		assertThatIllegalStateException()
			.isThrownBy(() -> executor.execute(new MigrateCommand("current", null, false), System.out))
			.withMessageStartingWith("Migrations are not set up in this application");
	}

	private ExitStatus execute(TestDatabase database, String name, String argument) {
		MigrationCommands commands = new MigrationCommands(migrator(database),
				new OfflineScript(GRAPH, MigrationSettings.defaults()),
				new RevisionWriter(this.sources, "com.example", new FileNameTemplate(FileNameTemplate.DEFAULT)),
				Clock.systemUTC());
		CommandExecutor executor = new CommandExecutor(
				new StaticListableBeanFactory(Map.of("commands", commands)).getBeanProvider(MigrationCommands.class),
				new StaticListableBeanFactory().getBeanProvider(MigrationCheck.class),
				new StaticListableBeanFactory().getBeanProvider(RevisionGenerator.class));
		return executor.execute(new MigrateCommand(name, argument, false),
				new PrintStream(this.output, true, StandardCharsets.UTF_8));
	}

	private String printed() {
		return this.output.toString(StandardCharsets.UTF_8);
	}

	private static Migrator migrator(TestDatabase database) {
		return new Migrator(database.dataSource(), GRAPH, MigrationSettings.defaults());
	}

}
