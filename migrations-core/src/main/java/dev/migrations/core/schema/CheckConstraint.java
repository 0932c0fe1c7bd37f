package dev.migrations.core.schema;

import java.util.Objects;

/** A check constraint; the expression is SQL, written as PostgreSQL is to evaluate it. */
public record CheckConstraint(String name, String expression) implements Constraint {

	public CheckConstraint {
		Objects.requireNonNull(expression, "a check constraint needs an expression");
	}

	@Override
	public CheckConstraint named(String name) {
		return new CheckConstraint(name, this.expression);
	}

}
