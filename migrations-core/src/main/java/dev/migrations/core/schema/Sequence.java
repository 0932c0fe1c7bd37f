package dev.migrations.core.schema;

import java.util.Objects;

/** A sequence: its name, optional data type ({@code bigint} when {@code null}) and options. */
public record Sequence(QualifiedName name, ColumnType dataType, SequenceOptions options) {

	public Sequence {
		Objects.requireNonNull(name, "a sequence needs a name");
		options = (options != null) ? options : SequenceOptions.defaults();
	}

}
