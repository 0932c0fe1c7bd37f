package dev.migrations.core.revision;

import java.util.List;
import java.util.Set;

/**
 * What an upgrade or a downgrade will do: the revisions to run, in order, each with the version rows that record
 * the database's state once it has run, so that a step and its row update can share one transaction.
 *
 * @param direction whether each step runs {@link Migration#upgrade} or {@link Migration#downgrade}
 * @param steps the revisions to run, in order; empty when the database is already at the target
 */
public record MigrationPlan(Direction direction, List<Step> steps) {

	/** Copies the steps, so a plan cannot change once made. */
	public MigrationPlan {
		steps = List.copyOf(steps);
	}

	/** Which way a plan moves. */
	public enum Direction {

		/** Apply revisions, parents and dependencies first. */
		UPGRADE,

		/** Revert revisions, children and dependents first. */
		DOWNGRADE

	}

	/**
	 * One revision to run.
	 * @param revision the revision to upgrade or downgrade
	 * @param rowsAfter the version rows once it has run, in the graph's order; empty means base
	 */
	public record Step(RevisionScript revision, Set<String> rowsAfter) {

	}

}
