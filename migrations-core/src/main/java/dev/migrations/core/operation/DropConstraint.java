package dev.migrations.core.operation;

import java.util.Objects;
import java.util.Optional;

import dev.migrations.core.schema.Constraint;
import dev.migrations.core.schema.QualifiedName;

/** {@code ALTER TABLE ... DROP CONSTRAINT}; reversible when the constraint's definition is known. */
public record DropConstraint(QualifiedName table, String name, Constraint definition) implements Operation {

	public DropConstraint {
		Objects.requireNonNull(table, "table");
		Objects.requireNonNull(name, "name");
	}

	@Override
	public Optional<Operation> reverse() {
		return Optional.ofNullable(this.definition)
			.map((definition) -> new AddConstraint(this.table, definition.named(this.name)));
	}

	@Override
	public String describe() {
		return "drop " + ((this.definition != null) ? AddConstraint.kind(this.definition) : "constraint") + " "
				+ this.name + " on " + this.table;
	}

}
