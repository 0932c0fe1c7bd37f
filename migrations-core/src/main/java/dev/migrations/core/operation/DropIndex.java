package dev.migrations.core.operation;

import java.util.Objects;
import java.util.Optional;

import dev.migrations.core.schema.Index;
import dev.migrations.core.schema.QualifiedName;

/** {@code DROP INDEX [CONCURRENTLY]}; reversible when the index's definition is known. */
public record DropIndex(QualifiedName index, Index definition, boolean concurrently) implements Operation {

	public DropIndex {
		Objects.requireNonNull(index, "index");
	}

	@Override
	public Optional<Operation> reverse() {
		return Optional.ofNullable(this.definition).map((definition) -> new CreateIndex(definition, this.concurrently));
	}

	@Override
	public String describe() {
		return "drop index " + this.index;
	}

}
