package dev.migrations.core.operation;

import java.util.Objects;
import java.util.Optional;

import dev.migrations.core.schema.Column;
import dev.migrations.core.schema.QualifiedName;

/** {@code ALTER TABLE ... ADD COLUMN}. */
public record AddColumn(QualifiedName table, Column column) implements Operation {

	public AddColumn {
		Objects.requireNonNull(table, "table");
		Objects.requireNonNull(column, "column");
	}

	@Override
	public Optional<Operation> reverse() {
		return Optional.of(new DropColumn(this.table, this.column.name(), this.column));
	}

	@Override
	public String describe() {
		return "add column " + this.table + "." + this.column.name();
	}

}
