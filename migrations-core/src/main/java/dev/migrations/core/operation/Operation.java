package dev.migrations.core.operation;

import java.util.Optional;

/**
 * One schema change, as an immutable value. Revisions record operations through {@link Operations}; autogenerate
 * produces the same values; the PostgreSQL renderer turns them into SQL. An operation knows its inverse where one
 * can be derived without losing anything.
 */
public sealed interface Operation permits CreateTable, DropTable, RenameTable, AddColumn, DropColumn, RenameColumn,
		AlterColumnType, AlterColumnNullability, AlterColumnDefault, SetColumnComment, SetTableComment, CreateIndex,
		DropIndex, AddConstraint, DropConstraint, CreateEnum, AddEnumValue, DropEnum, CreateSequence, AlterSequence,
		DropSequence, Execute, BulkInsert, NonTransactional {

	/** The operation that undoes this one, or empty when it cannot be known from this value alone. */
	Optional<Operation> reverse();

	/** A one-line summary for logs and generated code, such as {@code add column users.phone}. */
	String describe();

}
