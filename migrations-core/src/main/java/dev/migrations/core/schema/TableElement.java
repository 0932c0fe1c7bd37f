package dev.migrations.core.schema;

/** Something that can be listed inside a table definition: a column, a constraint or an index. */
public sealed interface TableElement permits Column, Constraint, Index, TableComment {

}
