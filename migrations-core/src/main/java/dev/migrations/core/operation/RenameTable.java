package dev.migrations.core.operation;

import java.util.Objects;
import java.util.Optional;

import dev.migrations.core.schema.QualifiedName;

/** {@code ALTER TABLE ... RENAME TO}. The table stays in its schema. */
public record RenameTable(QualifiedName table, String newName) implements Operation {

	public RenameTable {
		Objects.requireNonNull(table, "table");
		Objects.requireNonNull(newName, "newName");
	}

	@Override
	public Optional<Operation> reverse() {
		return Optional.of(new RenameTable(this.table.sibling(this.newName), this.table.name()));
	}

	@Override
	public String describe() {
		return "rename table " + this.table + " to " + this.newName;
	}

}
