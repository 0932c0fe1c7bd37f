package dev.migrations.autoconfigure.command;

import static java.util.Objects.requireNonNullElse;

import java.io.PrintStream;
import java.util.List;
import java.util.Set;

import org.springframework.beans.factory.ObjectProvider;

import dev.migrations.autoconfigure.MigrateCommand;
import dev.migrations.core.command.MigrationCommands;
import dev.migrations.core.command.RevisionStatus;
import dev.migrations.core.runtime.MigrationResult;

/**
 * Runs one {@link MigrateCommand} and prints its result for a person to read, in Alembic's formats; nothing else
 * goes to the output (the revisions that {@code upgrade} and {@code downgrade} run are logged). A command that
 * cannot run (an unknown target, a missing argument) throws, with a message that says why.
 */
class CommandExecutor {

	private static final String DEFAULT_UPGRADE_TARGET = "head";

	private static final String DEFAULT_MERGE_MESSAGE = "merge heads";

	private static final String MERGED_REVISIONS = "heads";

	private static final String DEFAULT_SQL_RANGE = "base:head";

	private final ObjectProvider<MigrationCommands> commands;

	private final ObjectProvider<MigrationCheck> checks;

	private final ObjectProvider<RevisionGenerator> generator;

	CommandExecutor(ObjectProvider<MigrationCommands> commands, ObjectProvider<MigrationCheck> checks,
			ObjectProvider<RevisionGenerator> generator) {
		this.commands = commands;
		this.checks = checks;
		this.generator = generator;
	}

	/** Runs the command, printing its result; {@link ExitStatus#CHECK_FAILED} when {@code check} found something. */
	ExitStatus execute(MigrateCommand command, PrintStream out) {
		String argument = command.argument();
		switch (command.name()) {
			case "current" -> commands().current().forEach((status) -> out.println(status.shortLine()));
			case "heads" -> commands().heads().forEach((status) -> out.println(status.shortLine()));
			case "branches" -> commands().branches().forEach((branch) -> branch.lines().forEach(out::println));
			case "history" -> commands().history(argument).forEach((status) -> out.println(status.historyLine()));
			case "show" -> commands().show(required(command, "a revision, such as migrate.show=head"))
				.lines()
				.forEach(out::println);
			case "upgrade" -> out.println(moved("Upgraded to", "applied",
					commands().upgrade(requireNonNullElse(argument, DEFAULT_UPGRADE_TARGET))));
			case "downgrade" -> out.println(moved("Downgraded to", "reverted",
					commands().downgrade(required(command, "a target, such as migrate.downgrade=-1 or =base"))));
			case "stamp" -> {
				MigrationResult result = commands().stamp(required(command, "a target, such as migrate.stamp=head"),
						command.purge());
				out.println("Stamped " + current() + ", was " + ids(result.before()));
			}
			case "revision" -> out.println(commands()
				.revision(required(command, "a message, such as migrate.revision=\"add user phone number\"")));
			case "merge" -> out.println(
					commands().merge(requireNonNullElse(argument, DEFAULT_MERGE_MESSAGE), MERGED_REVISIONS));
			case "sql" -> out.print(commands().sql(requireNonNullElse(argument, DEFAULT_SQL_RANGE)));
			case "check" -> {
				return check(out);
			}
			case "generate" -> generator().generate(required(command, "a message, such as migrate.generate=\"add user phone number\""))
				.forEach(out::println);
			default -> throw new IllegalArgumentException("No command " + command.name());
		}
		return ExitStatus.SUCCESS;
	}

	private ExitStatus check(PrintStream out) {
		List<MigrationCheck> all = this.checks.orderedStream().toList();
		if (all.isEmpty()) {
			throw notSetUp();
		}
		boolean passed = true;
		for (MigrationCheck check : all) {
			MigrationCheck.Result result = check.check();
			result.lines().forEach(out::println);
			passed &= result.passed();
		}
		return passed ? ExitStatus.SUCCESS : ExitStatus.CHECK_FAILED;
	}

	private RevisionGenerator generator() {
		commands();
		RevisionGenerator available = this.generator.getIfAvailable();
		if (available == null) {
			throw new IllegalStateException("Autogenerate compares JPA entities with the database: it needs Spring Data"
					+ " JPA with Hibernate in the application (spring-boot-starter-data-jpa). Without them, write the"
					+ " revision by hand: migrate.revision=\"<message>\" writes an empty one to fill in");
		}
		return available;
	}

	private String moved(String verb, String done, MigrationResult result) {
		int count = result.revisions().size();
		return (count == 0) ? "Already at " + current()
				: verb + " " + current() + ", " + Counted.of(count, "revision") + " " + done;
	}

	private String current() {
		List<RevisionStatus> current = commands().current();
		return current.isEmpty() ? "base" : String.join(", ", current.stream().map(RevisionStatus::shortLine).toList());
	}

	private MigrationCommands commands() {
		MigrationCommands available = this.commands.getIfAvailable();
		if (available == null) {
			throw notSetUp();
		}
		return available;
	}

	private static IllegalStateException notSetUp() {
		return new IllegalStateException("Migrations are not set up in this application: they need a DataSource"
				+ " (spring.datasource.url) and migrations.enabled not set to false");
	}

	private static String required(MigrateCommand command, String what) {
		if (command.argument() == null) {
			throw new IllegalArgumentException(command.name() + " needs " + what);
		}
		return command.argument();
	}

	private static String ids(Set<String> rows) {
		return rows.isEmpty() ? "base" : String.join(", ", rows);
	}

}
