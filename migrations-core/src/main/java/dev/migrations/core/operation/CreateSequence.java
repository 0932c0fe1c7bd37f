package dev.migrations.core.operation;

import java.util.Objects;
import java.util.Optional;

import dev.migrations.core.schema.Sequence;

/** {@code CREATE SEQUENCE}. */
public record CreateSequence(Sequence sequence) implements Operation {

	public CreateSequence {
		Objects.requireNonNull(sequence, "sequence");
	}

	@Override
	public Optional<Operation> reverse() {
		return Optional.of(new DropSequence(this.sequence.name(), this.sequence));
	}

	@Override
	public String describe() {
		return "create sequence " + this.sequence.name();
	}

}
