package dev.migrations.core.operation;

import java.util.Objects;
import java.util.Optional;

import dev.migrations.core.schema.Index;

/**
 * {@code CREATE [UNIQUE] INDEX [CONCURRENTLY]}. A concurrent build cannot run inside a transaction: put it in a
 * {@link Operations#nonTransactional non-transactional block}.
 */
public record CreateIndex(Index index, boolean concurrently) implements Operation {

	public CreateIndex {
		Objects.requireNonNull(index, "index");
		Objects.requireNonNull(index.table(), () -> "index " + index.name() + " needs a table");
	}

	@Override
	public Optional<Operation> reverse() {
		return Optional.of(new DropIndex(this.index.qualifiedName(), this.index, this.concurrently));
	}

	@Override
	public String describe() {
		return "create " + (this.index.unique() ? "unique " : "") + "index " + this.index.name() + " on "
				+ this.index.table();
	}

}
