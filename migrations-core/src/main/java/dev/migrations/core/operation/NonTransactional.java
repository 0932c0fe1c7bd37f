package dev.migrations.core.operation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Operations that PostgreSQL refuses inside a transaction block ({@code CREATE INDEX CONCURRENTLY}). The runtime
 * commits what the revision did before the block, runs each statement on its own, then carries on.
 */
public record NonTransactional(List<Operation> operations) implements Operation {

	public NonTransactional {
		operations = List.copyOf(operations);
		if (operations.stream().anyMatch(NonTransactional.class::isInstance)) {
			throw new IllegalArgumentException("non-transactional blocks cannot be nested");
		}
	}

	/** Reversible when each operation in it is; the reverse runs them backwards, also outside a transaction. */
	@Override
	public Optional<Operation> reverse() {
		List<Operation> reversed = new ArrayList<>();
		for (Operation operation : this.operations) {
			Optional<Operation> inverse = operation.reverse();
			if (inverse.isEmpty()) {
				return Optional.empty();
			}
			reversed.add(0, inverse.get());
		}
		return Optional.of(new NonTransactional(reversed));
	}

	@Override
	public String describe() {
		return "non-transactional block of " + this.operations.size() + " operation(s)";
	}

}
