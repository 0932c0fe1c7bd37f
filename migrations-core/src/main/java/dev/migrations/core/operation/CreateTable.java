package dev.migrations.core.operation;

import java.util.Objects;
import java.util.Optional;

import dev.migrations.core.schema.Table;

/** {@code CREATE TABLE}, with its constraints, comments and indexes. */
public record CreateTable(Table table) implements Operation {

	public CreateTable {
		Objects.requireNonNull(table, "table");
	}

	@Override
	public Optional<Operation> reverse() {
		return Optional.of(new DropTable(this.table.name(), this.table));
	}

	@Override
	public String describe() {
		return "create table " + this.table.name();
	}

}
