package dev.migrations.core.schema;

/** A table constraint. A {@code null} name lets PostgreSQL choose one. */
public sealed interface Constraint extends TableElement permits PrimaryKey, UniqueConstraint, ForeignKey, CheckConstraint {

	/** The constraint name, or {@code null} when PostgreSQL is to choose it. */
	String name();

	/** A copy with the given name. */
	Constraint named(String name);

}
