package dev.migrations.core.operation;

import java.util.List;

import dev.migrations.core.schema.ForeignKey;
import dev.migrations.core.schema.QualifiedName;

/** The referencing half of a foreign key, from {@link Dsl#foreignKey(String...)}: say what it references. */
public final class ForeignKeyColumns {

	private final List<String> columns;

	ForeignKeyColumns(List<String> columns) {
		this.columns = columns;
	}

	/** References the given columns of a table (none: its primary key). */
	public ForeignKey references(String table, String... columns) {
		return references(QualifiedName.of(table), columns);
	}

	/** References the given columns of a table in a schema (none: its primary key). */
	public ForeignKey references(QualifiedName table, String... columns) {
		return new ForeignKey(null, this.columns, table, List.of(columns), null, null, null);
	}

}
