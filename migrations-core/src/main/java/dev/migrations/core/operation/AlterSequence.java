package dev.migrations.core.operation;

import java.util.Objects;
import java.util.Optional;

import dev.migrations.core.schema.QualifiedName;
import dev.migrations.core.schema.SequenceOptions;

/**
 * {@code ALTER SEQUENCE}: sets the options given (non-null fields); reversible when the previous values of those
 * options are known.
 */
public record AlterSequence(QualifiedName name, SequenceOptions options, SequenceOptions previous)
		implements Operation {

	public AlterSequence {
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(options, "options");
	}

	@Override
	public Optional<Operation> reverse() {
		return Optional.ofNullable(this.previous).map((before) -> new AlterSequence(this.name, before, this.options));
	}

	@Override
	public String describe() {
		return "alter sequence " + this.name;
	}

}
