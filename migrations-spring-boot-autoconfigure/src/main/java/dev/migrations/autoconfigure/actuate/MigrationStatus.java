package dev.migrations.autoconfigure.actuate;

import java.util.List;
import java.util.Set;

import dev.migrations.core.revision.RevisionGraphException;
import dev.migrations.core.revision.RevisionScript;
import dev.migrations.core.runtime.MigrationException;
import dev.migrations.core.runtime.Migrator;

/**
 * Where one database stands against the configured target: its version rows, the graph's heads, and the revisions
 * an upgrade to the target would apply, or why that cannot be said (several heads for {@code head}, a version row
 * no revision class declares, an applied revision that has changed). Reading it changes nothing.
 *
 * @param target the configured target, such as {@code head}
 * @param current the database's version rows; empty at base
 * @param heads the revision graph's heads
 * @param pending the revisions an upgrade to the target would apply, in order; empty when there is a problem
 * @param problem why the pending revisions cannot be computed (credentials masked), or {@code null}
 */
record MigrationStatus(String target, Set<String> current, List<String> heads, List<RevisionScript> pending,
		String problem) {

	/**
	 * Reads the status from the database.
	 * @throws MigrationException when the database cannot be read
	 */
	static MigrationStatus of(Migrator migrator, String target) {
		Set<String> current = migrator.currentRevisions();
		List<String> heads = migrator.graph().heads().stream().map(RevisionScript::id).toList();
		try {
			return new MigrationStatus(target, current, heads, migrator.pending(target), null);
		}
		catch (RevisionGraphException | MigrationException ex) {
			return new MigrationStatus(target, current, heads, List.of(), Credentials.mask(ex.getMessage()));
		}
	}

	/** Whether the database is at the target: nothing pending and nothing wrong. */
	boolean upToDate() {
		return this.problem == null && this.pending.isEmpty();
	}

	/** The ids of the pending revisions, in the order they would run. */
	List<String> pendingIds() {
		return this.pending.stream().map(RevisionScript::id).toList();
	}

}
