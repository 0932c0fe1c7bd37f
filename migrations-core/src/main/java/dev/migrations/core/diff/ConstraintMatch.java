package dev.migrations.core.diff;

import java.util.List;
import java.util.Objects;

import dev.migrations.core.schema.Constraint;
import dev.migrations.core.schema.Index;

/**
 * Finds a constraint or index by what it does rather than by its name: names chosen by PostgreSQL or Hibernate
 * differ between the two sides without meaning anything.
 */
final class ConstraintMatch {

	private ConstraintMatch() {
	}

	/** The candidate that does what the constraint does, or {@code null}. */
	static Constraint find(Constraint constraint, List<Constraint> candidates) {
		Constraint unnamed = constraint.named(null);
		return candidates.stream().filter((candidate) -> candidate.named(null).equals(unnamed)).findFirst().orElse(null);
	}

	/** The candidate index with the same table, keys, uniqueness, predicate and access method, or {@code null}. */
	static Index find(Index index, List<Index> candidates) {
		return candidates.stream()
			.filter((candidate) -> Objects.equals(candidate.table(), index.table()) && candidate.parts().equals(index.parts())
					&& candidate.unique() == index.unique() && Objects.equals(candidate.where(), index.where())
					&& Objects.equals(candidate.method(), index.method()))
			.findFirst()
			.orElse(null);
	}

}
