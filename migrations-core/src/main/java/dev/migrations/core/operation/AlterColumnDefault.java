package dev.migrations.core.operation;

import java.util.Objects;
import java.util.Optional;

import dev.migrations.core.schema.QualifiedName;

/**
 * {@code ALTER TABLE ... ALTER COLUMN ... SET DEFAULT} ({@code defaultExpression} given) or {@code DROP DEFAULT}
 * ({@code null}); reversible when the previous default is known.
 */
public record AlterColumnDefault(QualifiedName table, String column, String defaultExpression,
		Previous<String> previous) implements Operation {

	public AlterColumnDefault {
		Objects.requireNonNull(table, "table");
		Objects.requireNonNull(column, "column");
		previous = (previous != null) ? previous : Previous.unknown();
	}

	@Override
	public Optional<Operation> reverse() {
		return this.previous.known() ? Optional.of(new AlterColumnDefault(this.table, this.column, this.previous.value(),
				Previous.of(this.defaultExpression))) : Optional.empty();
	}

	@Override
	public String describe() {
		return "alter column " + this.table + "." + this.column
				+ ((this.defaultExpression != null) ? " set default " + this.defaultExpression : " drop default");
	}

}
