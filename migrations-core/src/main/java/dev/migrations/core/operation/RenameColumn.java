package dev.migrations.core.operation;

import java.util.Objects;
import java.util.Optional;

import dev.migrations.core.schema.QualifiedName;

/** {@code ALTER TABLE ... RENAME COLUMN}. */
public record RenameColumn(QualifiedName table, String column, String newName) implements Operation {

	public RenameColumn {
		Objects.requireNonNull(table, "table");
		Objects.requireNonNull(column, "column");
		Objects.requireNonNull(newName, "newName");
	}

	@Override
	public Optional<Operation> reverse() {
		return Optional.of(new RenameColumn(this.table, this.newName, this.column));
	}

	@Override
	public String describe() {
		return "rename column " + this.table + "." + this.column + " to " + this.newName;
	}

}
