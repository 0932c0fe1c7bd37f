package dev.migrations.core.schema;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** A table definition: its columns in order, its constraints, its indexes and its comment. */
public record Table(QualifiedName name, List<Column> columns, PrimaryKey primaryKey,
		List<UniqueConstraint> uniqueConstraints, List<ForeignKey> foreignKeys, List<CheckConstraint> checks,
		List<Index> indexes, String comment) {

	public Table {
		Objects.requireNonNull(name, "a table needs a name");
		columns = List.copyOf(columns);
		uniqueConstraints = List.copyOf(uniqueConstraints);
		foreignKeys = List.copyOf(foreignKeys);
		checks = List.copyOf(checks);
		indexes = indexes.stream().map((index) -> index.on(name)).toList();
		validate(name, columns, primaryKey, uniqueConstraints, foreignKeys, indexes);
	}

	/** A table from the elements listed in a definition, in the order given. */
	public static Table of(QualifiedName name, List<? extends TableElement> elements) {
		List<Column> columns = new ArrayList<>();
		PrimaryKey primaryKey = null;
		List<UniqueConstraint> uniques = new ArrayList<>();
		List<ForeignKey> foreignKeys = new ArrayList<>();
		List<CheckConstraint> checks = new ArrayList<>();
		List<Index> indexes = new ArrayList<>();
		String comment = null;
		for (TableElement element : elements) {
			if (element instanceof Column column) {
				columns.add(column);
			}
			else if (element instanceof PrimaryKey key) {
				if (primaryKey != null) {
					throw new IllegalArgumentException("table " + name + " declares two primary keys: "
							+ primaryKey.columns() + " and " + key.columns());
				}
				primaryKey = key;
			}
			else if (element instanceof UniqueConstraint unique) {
				uniques.add(unique);
			}
			else if (element instanceof ForeignKey foreignKey) {
				foreignKeys.add(foreignKey);
			}
			else if (element instanceof CheckConstraint check) {
				checks.add(check);
			}
			else if (element instanceof Index index) {
				indexes.add(index);
			}
			else if (element instanceof TableComment tableComment) {
				comment = tableComment.text();
			}
		}
		return new Table(name, columns, primaryKey, uniques, foreignKeys, checks, indexes, comment);
	}

	/** The column with the given name, or {@code null}. */
	public Column column(String columnName) {
		return this.columns.stream().filter((column) -> column.name().equals(columnName)).findFirst().orElse(null);
	}

	/** Every constraint of the table: primary key first, then unique, foreign key and check constraints. */
	public List<Constraint> constraints() {
		List<Constraint> constraints = new ArrayList<>();
		if (this.primaryKey != null) {
			constraints.add(this.primaryKey);
		}
		constraints.addAll(this.uniqueConstraints);
		constraints.addAll(this.foreignKeys);
		constraints.addAll(this.checks);
		return constraints;
	}

	private static void validate(QualifiedName name, List<Column> columns, PrimaryKey primaryKey,
			List<UniqueConstraint> uniques, List<ForeignKey> foreignKeys, List<Index> indexes) {
		Set<String> columnNames = new HashSet<>();
		for (Column column : columns) {
			if (!columnNames.add(column.name())) {
				throw new IllegalArgumentException("table " + name + " declares column " + column.name() + " twice");
			}
		}
		if (primaryKey != null) {
			requireColumns(name, "primary key", primaryKey.columns(), columnNames);
		}
		uniques.forEach((unique) -> requireColumns(name, "unique constraint", unique.columns(), columnNames));
		foreignKeys.forEach((key) -> requireColumns(name, "foreign key", key.columns(), columnNames));
		indexes.forEach((index) -> requireColumns(name, "index " + index.name(),
				index.parts().stream().filter((part) -> !part.expression()).map(IndexPart::text).toList(), columnNames));
	}

	private static void requireColumns(QualifiedName table, String what, List<String> columns, Set<String> known) {
		for (String column : columns) {
			if (!known.contains(column)) {
				throw new IllegalArgumentException(
						"the " + what + " of table " + table + " names column " + column + ", which the table does not have");
			}
		}
	}

}
