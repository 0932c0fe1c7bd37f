package dev.migrations.autoconfigure.command;

import java.util.ArrayList;
import java.util.List;

import dev.migrations.core.revision.RevisionScript;
import dev.migrations.core.runtime.Migrator;

/**
 * Fails when revisions up to the startup target ({@code migrations.target}) are not applied: the application would
 * apply them when it starts (or refuse to start, with {@code migrations.mode=validate}).
 */
class PendingRevisionsCheck implements MigrationCheck {

	private final Migrator migrator;

	private final String target;

	PendingRevisionsCheck(Migrator migrator, String target) {
		this.migrator = migrator;
		this.target = target;
	}

	@Override
	public Result check() {
		List<RevisionScript> pending = this.migrator.pending(this.target);
		if (pending.isEmpty()) {
			return new Result(true, List.of("No pending revisions."));
		}
		List<String> lines = new ArrayList<>();
		lines.add("Database is not up to date with " + this.target + ": " + Counted.of(pending.size(), "revision")
				+ " pending");
		for (RevisionScript revision : pending) {
			String parents = revision.revises().isEmpty() ? "<base>" : String.join(", ", revision.revises());
			lines.add("  " + parents + " -> " + revision.id() + ", " + revision.message());
		}
		return new Result(false, lines);
	}

}
