package dev.migrations.core.schema;

import java.util.List;

/** A unique constraint over one or more columns. */
public record UniqueConstraint(String name, List<String> columns, Deferrability deferrability) implements Constraint {

	public UniqueConstraint {
		columns = Names.requireNonEmpty(columns, "a unique constraint needs at least one column");
		deferrability = (deferrability != null) ? deferrability : Deferrability.NOT_DEFERRABLE;
	}

	@Override
	public UniqueConstraint named(String name) {
		return new UniqueConstraint(name, this.columns, this.deferrability);
	}

	/** A copy that is checked as the given deferrability says. */
	public UniqueConstraint deferrable(Deferrability deferrability) {
		return new UniqueConstraint(this.name, this.columns, deferrability);
	}

}
