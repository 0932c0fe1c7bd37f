package dev.migrations.core.operation;

import java.util.Objects;
import java.util.Optional;

import dev.migrations.core.schema.QualifiedName;
import dev.migrations.core.schema.Sequence;

/** {@code DROP SEQUENCE}; reversible (its position restarts) when the definition is known. */
public record DropSequence(QualifiedName name, Sequence definition) implements Operation {

	public DropSequence {
		Objects.requireNonNull(name, "name");
	}

	@Override
	public Optional<Operation> reverse() {
		return Optional.ofNullable(this.definition).map(CreateSequence::new);
	}

	@Override
	public String describe() {
		return "drop sequence " + this.name;
	}

}
