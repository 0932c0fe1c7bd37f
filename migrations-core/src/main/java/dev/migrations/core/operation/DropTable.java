package dev.migrations.core.operation;

import java.util.Objects;
import java.util.Optional;

import dev.migrations.core.schema.QualifiedName;
import dev.migrations.core.schema.Table;

/** {@code DROP TABLE}; reversible when the dropped table's definition is known. */
public record DropTable(QualifiedName table, Table definition) implements Operation {

	public DropTable {
		Objects.requireNonNull(table, "table");
	}

	@Override
	public Optional<Operation> reverse() {
		return Optional.ofNullable(this.definition).map(CreateTable::new);
	}

	@Override
	public String describe() {
		return "drop table " + this.table;
	}

}
