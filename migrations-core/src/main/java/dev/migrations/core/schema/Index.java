package dev.migrations.core.schema;

import java.util.List;
import java.util.Objects;

/**
 * An index on a table: columns and/or expressions, optionally unique, partial ({@code where}) or of another
 * access method ({@code using}, e.g. {@code gin}). The table may be left {@code null} while the index is
 * listed inside a table definition; the table binds it.
 */
public record Index(String name, QualifiedName table, List<IndexPart> parts, boolean unique, String where, String method)
		implements TableElement {

	public Index {
		Objects.requireNonNull(name, "an index needs a name");
		parts = List.copyOf(parts);
		if (parts.isEmpty()) {
			throw new IllegalArgumentException("index " + name + " needs at least one column or expression");
		}
	}

	/** The index's own qualified name: indexes live in their table's schema. */
	public QualifiedName qualifiedName() {
		return new QualifiedName((this.table != null) ? this.table.schema() : null, this.name);
	}

	/** A copy on the given table. */
	public Index on(QualifiedName table) {
		return new Index(this.name, table, this.parts, this.unique, this.where, this.method);
	}

	/** A copy that is unique, or not. */
	public Index unique(boolean unique) {
		return new Index(this.name, this.table, this.parts, unique, this.where, this.method);
	}

	/** A partial copy, covering the rows for which the predicate holds. */
	public Index where(String predicate) {
		return new Index(this.name, this.table, this.parts, this.unique, predicate, this.method);
	}

	/** A copy built with the given access method ({@code btree}, {@code gin}, {@code gist}, ...). */
	public Index using(String method) {
		return new Index(this.name, this.table, this.parts, this.unique, this.where, method);
	}

}
