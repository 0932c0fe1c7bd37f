package dev.migrations.core.schema;

import java.util.Objects;

/**
 * The name of a table, index, sequence or type, optionally in a schema. A {@code null} schema means
 * the connection's {@code search_path} decides, as in unqualified SQL.
 */
public record QualifiedName(String schema, String name) implements Comparable<QualifiedName> {

	public QualifiedName {
		Objects.requireNonNull(name, "name");
		if (name.isEmpty()) {
			throw new IllegalArgumentException("a name must not be empty");
		}
		if (schema != null && schema.isEmpty()) {
			throw new IllegalArgumentException("a schema name must not be empty; use null for the search_path");
		}
	}

	/** An unqualified name. */
	public static QualifiedName of(String name) {
		return new QualifiedName(null, name);
	}

	/** A name in the given schema ({@code null} for the search_path). */
	public static QualifiedName of(String schema, String name) {
		return new QualifiedName(schema, name);
	}

	/** A name in the same schema as this one. */
	public QualifiedName sibling(String otherName) {
		return new QualifiedName(this.schema, otherName);
	}

	@Override
	public int compareTo(QualifiedName other) {
		int bySchema = Objects.compare(this.schema, other.schema,
				(a, b) -> a == null ? (b == null ? 0 : -1) : (b == null ? 1 : a.compareTo(b)));
		return (bySchema != 0) ? bySchema : this.name.compareTo(other.name);
	}

	// written out rather than left to the record's generated methods, which run through method handles: slow until
	// the JIT has compiled them, and names are hashed and compared by the thousand on a cold autogenerate call
	@Override
	public boolean equals(Object other) {
		return this == other || (other instanceof QualifiedName that && this.name.equals(that.name)
				&& Objects.equals(this.schema, that.schema));
	}

	@Override
	public int hashCode() {
		return 31 * Objects.hashCode(this.schema) + this.name.hashCode();
	}

	@Override
	public String toString() {
		return (this.schema != null) ? this.schema + "." + this.name : this.name;
	}

}
