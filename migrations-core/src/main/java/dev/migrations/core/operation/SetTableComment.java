package dev.migrations.core.operation;

import java.util.Objects;
import java.util.Optional;

import dev.migrations.core.schema.QualifiedName;

/** {@code COMMENT ON TABLE}; a {@code null} comment removes it. Reversible when the previous comment is known. */
public record SetTableComment(QualifiedName table, String comment, Previous<String> previous) implements Operation {

	public SetTableComment {
		Objects.requireNonNull(table, "table");
		previous = (previous != null) ? previous : Previous.unknown();
	}

	@Override
	public Optional<Operation> reverse() {
		return this.previous.known()
				? Optional.of(new SetTableComment(this.table, this.previous.value(), Previous.of(this.comment)))
				: Optional.empty();
	}

	@Override
	public String describe() {
		return ((this.comment != null) ? "set comment on table " : "drop comment on table ") + this.table;
	}

}
