package dev.migrations.hibernate;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.hibernate.annotations.OnDeleteAction;
import org.hibernate.mapping.Column;
import org.hibernate.mapping.Table;
import org.hibernate.mapping.UniqueKey;

import dev.migrations.core.schema.CheckConstraint;
import dev.migrations.core.schema.ForeignKey;
import dev.migrations.core.schema.PrimaryKey;
import dev.migrations.core.schema.ReferentialAction;
import dev.migrations.core.schema.UniqueConstraint;

/**
 * A table's constraints as Hibernate's PostgreSQL DDL declares them. A constraint Hibernate leaves unnamed, so that
 * PostgreSQL names it, has a {@code null} name: the primary key ({@code <table>_pkey}), {@code unique = true} columns
 * and unique keys without an explicit name ({@code <table>_<columns>_key}), anonymous checks. Foreign keys are
 * always named, by Hibernate's implicit naming strategy when not explicitly.
 */
final class Constraints {

	private final PostgresNames names;

	Constraints(PostgresNames names) {
		this.names = names;
	}

	/** The primary key, or {@code null}; named only when a unique constraint on the same columns names it. */
	PrimaryKey primaryKey(Table table) {
		if (!table.hasPrimaryKey()) {
			return null;
		}
		UniqueKey namingKey = table.getPrimaryKey().getOrderingUniqueKey();
		String name = (namingKey != null && namingKey.isNameExplicit()) ? this.names.name(namingKey.getName()) : null;
		return new PrimaryKey(name, columnNames(table.getPrimaryKey().getColumns()));
	}

	/**
	 * The {@code unique = true} columns (other than the primary key) in column order, then the unique keys
	 * ({@code @Table(uniqueConstraints)}, {@code @Index(unique = true)}, ...) that are not one such column.
	 */
	List<UniqueConstraint> uniqueConstraints(Table table) {
		List<UniqueConstraint> uniques = new ArrayList<>();
		for (Column column : table.getColumns()) {
			if (column.isUnique() && !table.isPrimaryKey(column)) {
				uniques.add(new UniqueConstraint(null, List.of(this.names.column(column)), null));
			}
		}
		for (UniqueKey key : table.getUniqueKeys().values()) {
			if (!isUniqueColumn(table, key)) {
				String name = key.isNameExplicit() ? this.names.name(key.getName()) : null;
				uniques.add(new UniqueConstraint(name, columnNames(key.getColumns()), null));
			}
		}
		return uniques;
	}

	/**
	 * The foreign keys Hibernate creates (not those disabled with {@code ConstraintMode.NO_CONSTRAINT}), with the
	 * referenced table's primary key columns when the mapping references it implicitly.
	 */
	List<ForeignKey> foreignKeys(Table table) {
		List<ForeignKey> foreignKeys = new ArrayList<>();
		for (org.hibernate.mapping.ForeignKey key : table.getForeignKeyCollection()) {
			if (key.isCreationEnabled() && key.isPhysicalConstraint()) {
				List<Column> referenced = key.isReferenceToPrimaryKey()
						? key.getReferencedTable().getPrimaryKey().getColumns() : key.getReferencedColumns();
				foreignKeys.add(new ForeignKey(this.names.foreignKey(key), columnNames(key.getColumns()),
						this.names.table(key.getReferencedTable()), columnNames(referenced),
						onDelete(key.getOnDeleteAction()), null, null));
			}
		}
		return foreignKeys;
	}

	/**
	 * The checks on columns (enum values, {@code @Check} on an attribute), in column order, then those on the table
	 * ({@code @Table(check)}, {@code @Check} on the entity). A column's anonymous checks are one constraint, their
	 * conditions joined by {@code and}, as Hibernate writes them.
	 */
	List<CheckConstraint> checks(Table table) {
		List<CheckConstraint> checks = new ArrayList<>();
		for (Column column : table.getColumns()) {
			List<org.hibernate.mapping.CheckConstraint> anonymous = column.getCheckConstraints()
				.stream()
				.filter(org.hibernate.mapping.CheckConstraint::isAnonymous)
				.toList();
			if (anonymous.size() == 1) {
				checks.add(new CheckConstraint(null, anonymous.get(0).getConstraint()));
			}
			else if (!anonymous.isEmpty()) {
				checks.add(new CheckConstraint(null, anonymous.stream()
					.map(org.hibernate.mapping.CheckConstraint::getConstraintInParens)
					.collect(Collectors.joining(" and "))));
			}
			column.getCheckConstraints().stream().filter(org.hibernate.mapping.CheckConstraint::isNamed)
				.forEach((check) -> checks.add(check(check)));
		}
		table.getChecks().forEach((check) -> checks.add(check(check)));
		return checks;
	}

	private CheckConstraint check(org.hibernate.mapping.CheckConstraint check) {
		return new CheckConstraint(check.isNamed() ? this.names.name(check.getName()) : null, check.getConstraint());
	}

	private List<String> columnNames(List<Column> columns) {
		return columns.stream().map(this.names::column).toList();
	}

	/** Whether the key is a single column marked unique, which Hibernate declares on the column instead. */
	private static boolean isUniqueColumn(Table table, UniqueKey key) {
		if (key.getColumns().size() != 1) {
			return false;
		}
		Column column = table.getColumn(key.getColumn(0));
		return key.getColumn(0).isUnique() || (column != null && column.isUnique());
	}

	private static ReferentialAction onDelete(OnDeleteAction action) {
		if (action == null) {
			return ReferentialAction.NO_ACTION;
		}
		return switch (action) {
			case CASCADE -> ReferentialAction.CASCADE;
			case RESTRICT -> ReferentialAction.RESTRICT;
			case SET_NULL -> ReferentialAction.SET_NULL;
			case SET_DEFAULT -> ReferentialAction.SET_DEFAULT;
			case NO_ACTION -> ReferentialAction.NO_ACTION;
		};
	}

}
