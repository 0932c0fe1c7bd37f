package dev.migrations.core.operation;

import java.util.Objects;
import java.util.Optional;

import dev.migrations.core.schema.Column;
import dev.migrations.core.schema.QualifiedName;

/** {@code ALTER TABLE ... DROP COLUMN}; reversible (without the data) when the column's definition is known. */
public record DropColumn(QualifiedName table, String column, Column definition) implements Operation {

	public DropColumn {
		Objects.requireNonNull(table, "table");
		Objects.requireNonNull(column, "column");
	}

	@Override
	public Optional<Operation> reverse() {
		return Optional.ofNullable(this.definition).map((definition) -> new AddColumn(this.table, definition));
	}

	@Override
	public String describe() {
		return "drop column " + this.table + "." + this.column;
	}

}
