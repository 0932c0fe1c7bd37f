package dev.migrations.core.schema;

import java.util.List;

/** A primary key over one or more columns. */
public record PrimaryKey(String name, List<String> columns) implements Constraint {

	public PrimaryKey {
		columns = Names.requireNonEmpty(columns, "a primary key needs at least one column");
	}

	@Override
	public PrimaryKey named(String name) {
		return new PrimaryKey(name, this.columns);
	}

}
