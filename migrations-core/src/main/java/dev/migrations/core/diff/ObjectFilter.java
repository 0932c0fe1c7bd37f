package dev.migrations.core.diff;

import dev.migrations.core.schema.QualifiedName;

/**
 * Decides which database objects autogenerate considers, as Alembic's {@code include_object}: an object left out is
 * neither created, changed nor dropped.
 */
@FunctionalInterface
public interface ObjectFilter {

	/** Every object is considered. */
	ObjectFilter ALL = (kind, name) -> true;

	/** Whether the object of this kind and name is considered. */
	boolean include(ObjectKind kind, QualifiedName name);

	/** The kinds of object a filter is asked about. */
	enum ObjectKind {

		TABLE, SEQUENCE, ENUM

	}

}
