package dev.migrations.autoconfigure.autogenerate;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import dev.migrations.autoconfigure.command.RevisionGenerator;
import dev.migrations.core.codegen.GeneratedBody;
import dev.migrations.core.command.MigrationCommands;
import dev.migrations.core.diff.SchemaChanges;

/**
 * {@code -Dmigrate.generate="message"}: compares the entities with the database and writes what differs as a
 * revision on top of the head, printing its path and one line per change; with no difference it writes nothing and
 * says {@code No changes in schema detected.}, as Alembic does.
 */
class AutogenerateCommand implements RevisionGenerator {

	private final SchemaComparison comparison;

	private final MigrationCommands commands;

	AutogenerateCommand(SchemaComparison comparison, MigrationCommands commands) {
		this.comparison = comparison;
		this.commands = commands;
	}

	@Override
	public List<String> generate(String message) {
		SchemaComparison.Result result = this.comparison.compare();
		SchemaChanges changes = result.changes();
		List<String> lines = new ArrayList<>();
		if (changes.isEmpty()) {
			lines.add("No changes in schema detected.");
		}
		else {
			Path file = this.commands.generated(message,
					new GeneratedBody(changes.upgrade(), changes.downgrade(), result.defaultSchema()));
			lines.add("Generated " + file + " (review it before applying):");
		}
		lines.addAll(changes.report());
		return lines;
	}

}
