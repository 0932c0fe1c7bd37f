package dev.migrations.core.operation;

import java.util.Objects;
import java.util.Optional;

import dev.migrations.core.schema.QualifiedName;

/** {@code COMMENT ON COLUMN}; a {@code null} comment removes it. Reversible when the previous comment is known. */
public record SetColumnComment(QualifiedName table, String column, String comment, Previous<String> previous)
		implements Operation {

	public SetColumnComment {
		Objects.requireNonNull(table, "table");
		Objects.requireNonNull(column, "column");
		previous = (previous != null) ? previous : Previous.unknown();
	}

	@Override
	public Optional<Operation> reverse() {
		return this.previous.known() ? Optional.of(
				new SetColumnComment(this.table, this.column, this.previous.value(), Previous.of(this.comment)))
				: Optional.empty();
	}

	@Override
	public String describe() {
		return ((this.comment != null) ? "set comment on column " : "drop comment on column ") + this.table + "."
				+ this.column;
	}

}
