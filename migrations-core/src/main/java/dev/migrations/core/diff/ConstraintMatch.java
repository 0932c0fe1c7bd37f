package dev.migrations.core.diff;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BiPredicate;
import java.util.function.Function;

import dev.migrations.core.schema.Constraint;
import dev.migrations.core.schema.Index;

/**
 * Finds a constraint or index by what it does rather than by its name: names chosen by PostgreSQL or Hibernate
 * differ between the two sides without meaning anything. Pairs are one to one: of two checks that do the same thing,
 * one on a side does not stand for both on the other.
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
		return candidates.stream().filter((candidate) -> sameIndex(index, candidate)).findFirst().orElse(null);
	}

	/** The constraints of one side that pair with none of the other's, pairing those of the same name first. */
	static List<Constraint> unmatchedConstraints(List<Constraint> side, List<Constraint> other) {
		return unmatched(side, other, (a, b) -> a.named(null).equals(b.named(null)), Constraint::name);
	}

	/** The indexes of one side that pair with none of the other's, pairing those of the same name first. */
	static List<Index> unmatchedIndexes(List<Index> side, List<Index> other) {
		return unmatched(side, other, ConstraintMatch::sameIndex, Index::name);
	}

	private static boolean sameIndex(Index index, Index candidate) {
		return Objects.equals(candidate.table(), index.table()) && candidate.parts().equals(index.parts())
				&& candidate.unique() == index.unique() && Objects.equals(candidate.where(), index.where())
				&& Objects.equals(candidate.method(), index.method());
	}

	private static <T> List<T> unmatched(List<T> side, List<T> other, BiPredicate<T, T> same,
			Function<T, String> name) {
		List<T> unpairedOther = new ArrayList<>(other);
		List<T> unpaired = new ArrayList<>();
		for (boolean byName : List.of(true, false)) {
			List<T> candidates = byName ? side : new ArrayList<>(unpaired);
			unpaired.clear();
			for (T element : candidates) {
				T partner = unpairedOther.stream()
					.filter((o) -> same.test(element, o)
							&& (!byName || Objects.equals(name.apply(element), name.apply(o))))
					.findFirst()
					.orElse(null);
				if (partner != null) {
					unpairedOther.remove(partner);
				}
				else {
					unpaired.add(element);
				}
			}
		}
		return unpaired;
	}

}
