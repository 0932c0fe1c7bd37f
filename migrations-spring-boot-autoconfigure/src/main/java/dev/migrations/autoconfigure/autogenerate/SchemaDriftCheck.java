package dev.migrations.autoconfigure.autogenerate;

import java.util.ArrayList;
import java.util.List;

import dev.migrations.autoconfigure.command.MigrationCheck;
import dev.migrations.core.diff.SchemaChanges;
import dev.migrations.core.runtime.Migrator;

/**
 * Fails when the entities and the database disagree: what {@code generate} would write is not empty. Skipped, and
 * failed, while revisions are pending: the comparison only means something at the head. Says nothing in an
 * application that maps no entity.
 */
class SchemaDriftCheck implements MigrationCheck {

	private final SchemaComparison comparison;

	private final Migrator migrator;

	SchemaDriftCheck(SchemaComparison comparison, Migrator migrator) {
		this.comparison = comparison;
		this.migrator = migrator;
	}

	@Override
	public Result check() {
		if (!this.comparison.mapsEntities()) {
			return new Result(true, List.of());
		}
		if (!this.migrator.pending("heads").isEmpty()) {
			return new Result(false, List.of("Entities not compared with the database: apply the pending revisions first."));
		}
		SchemaChanges changes = this.comparison.compareAtHead().changes(); // pending already checked, just above
		if (changes.isEmpty()) {
			return new Result(true, List.of("Entities and database agree."));
		}
		List<String> lines = new ArrayList<>();
		lines.add("Entities and database differ (-Dmigrate.generate=\"<message>\" writes a revision for it):");
		lines.addAll(changes.report());
		return new Result(false, lines);
	}

}
