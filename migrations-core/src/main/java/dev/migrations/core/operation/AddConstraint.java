package dev.migrations.core.operation;

import java.util.Objects;
import java.util.Optional;

import dev.migrations.core.schema.Constraint;
import dev.migrations.core.schema.ForeignKey;
import dev.migrations.core.schema.PrimaryKey;
import dev.migrations.core.schema.QualifiedName;
import dev.migrations.core.schema.UniqueConstraint;

/** {@code ALTER TABLE ... ADD CONSTRAINT}: a primary key, unique, foreign key or check constraint. */
public record AddConstraint(QualifiedName table, Constraint constraint) implements Operation {

	public AddConstraint {
		Objects.requireNonNull(table, "table");
		Objects.requireNonNull(constraint, "constraint");
	}

	/** Reversible when the constraint is named: PostgreSQL's own choice of name is not known here. */
	@Override
	public Optional<Operation> reverse() {
		return Optional.ofNullable(this.constraint.name())
			.map((name) -> new DropConstraint(this.table, name, this.constraint));
	}

	@Override
	public String describe() {
		return "add " + kind(this.constraint) + ((this.constraint.name() != null) ? " " + this.constraint.name() : "")
				+ " on " + this.table;
	}

	static String kind(Constraint constraint) {
		if (constraint instanceof PrimaryKey) {
			return "primary key";
		}
		if (constraint instanceof UniqueConstraint) {
			return "unique constraint";
		}
		return (constraint instanceof ForeignKey) ? "foreign key" : "check constraint";
	}

}
