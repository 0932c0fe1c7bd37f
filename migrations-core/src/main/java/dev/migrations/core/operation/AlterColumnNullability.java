package dev.migrations.core.operation;

import java.util.Objects;
import java.util.Optional;

import dev.migrations.core.schema.QualifiedName;

/** {@code ALTER TABLE ... ALTER COLUMN ... SET NOT NULL} or {@code DROP NOT NULL}. */
public record AlterColumnNullability(QualifiedName table, String column, boolean nullable) implements Operation {

	public AlterColumnNullability {
		Objects.requireNonNull(table, "table");
		Objects.requireNonNull(column, "column");
	}

	@Override
	public Optional<Operation> reverse() {
		return Optional.of(new AlterColumnNullability(this.table, this.column, !this.nullable));
	}

	@Override
	public String describe() {
		return "alter column " + this.table + "." + this.column + (this.nullable ? " drop not null" : " set not null");
	}

}
