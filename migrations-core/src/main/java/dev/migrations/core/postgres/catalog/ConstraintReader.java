package dev.migrations.core.postgres.catalog;

import java.sql.Array;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;

import dev.migrations.core.schema.CheckConstraint;
import dev.migrations.core.schema.Constraint;
import dev.migrations.core.schema.Deferrability;
import dev.migrations.core.schema.ForeignKey;
import dev.migrations.core.schema.PrimaryKey;
import dev.migrations.core.schema.QualifiedName;
import dev.migrations.core.schema.ReferentialAction;
import dev.migrations.core.schema.UniqueConstraint;

/**
 * Reads the primary key, unique, foreign key and check constraints of the tables, by name, with their real names
 * and columns in key order. A check's expression is {@code pg_get_expr(conbin, conrelid)}: the text that
 * {@code pg_get_constraintdef} shows inside {@code CHECK (...)}. {@code NOT VALID} constraints are read like the
 * others: they exist and bind new rows. Left out: exclusion constraints, constraint triggers, the {@code NOT NULL}
 * constraints that PostgreSQL 18 catalogues (nullability is read on the column) and the copies of a foreign key
 * that PostgreSQL makes for each partition of a referenced partitioned table. The model has no place for a primary
 * key's deferrability, {@code MATCH FULL}, the column list of {@code ON DELETE SET NULL (...)}, {@code NO INHERIT}
 * or {@code NOT ENFORCED}, which are not read.
 */
final class ConstraintReader {

	private static final CatalogQuery CONSTRAINTS = new CatalogQuery("""
			select k.conrelid, k.conname, k.contype, %s as columns,
			       referenced_schema.nspname as referenced_schema, referenced.relname as referenced_table,
			       %s as referenced_columns, k.confdeltype, k.confupdtype, k.condeferrable, k.condeferred,
			       pg_get_expr(k.conbin, k.conrelid) as check_expression
			from pg_constraint k
			left join pg_class referenced on referenced.oid = k.confrelid
			left join pg_namespace referenced_schema on referenced_schema.oid = referenced.relnamespace
			where k.conrelid = any(?::oid[]) and k.contype in ('p', 'u', 'f', 'c') and k.conparentid = 0
			order by k.conrelid, k.conname
			""".formatted(CatalogQuery.columnNames("k.conkey", "k.conrelid"),
			CatalogQuery.columnNames("k.confkey", "k.confrelid")));

	private ConstraintReader() {
	}

	/** Adds its constraints to each table. */
	static void read(Connection connection, Array tableOids, Map<Long, TableDraft> tables) throws SQLException {
		CONSTRAINTS.forEachRow(connection, tableOids,
				(row) -> tables.get(row.getLong("conrelid")).add(constraint(row)));
	}

	private static Constraint constraint(ResultSet row) throws SQLException {
		String name = row.getString("conname");
		return switch (row.getString("contype")) {
			case "p" -> new PrimaryKey(name, CatalogQuery.strings(row, "columns"));
			case "u" -> new UniqueConstraint(name, CatalogQuery.strings(row, "columns"), deferrability(row));
			case "f" -> new ForeignKey(name, CatalogQuery.strings(row, "columns"),
					QualifiedName.of(row.getString("referenced_schema"), row.getString("referenced_table")),
					CatalogQuery.strings(row, "referenced_columns"), action(row.getString("confdeltype")),
					action(row.getString("confupdtype")), deferrability(row));
			default -> new CheckConstraint(name, row.getString("check_expression"));
		};
	}

	private static Deferrability deferrability(ResultSet row) throws SQLException {
		if (!row.getBoolean("condeferrable")) {
			return Deferrability.NOT_DEFERRABLE;
		}
		return row.getBoolean("condeferred") ? Deferrability.DEFERRABLE_INITIALLY_DEFERRED
				: Deferrability.DEFERRABLE_INITIALLY_IMMEDIATE;
	}

	/** The action that {@code confdeltype} or {@code confupdtype} codes. */
	private static ReferentialAction action(String code) {
		return switch (code) {
			case "r" -> ReferentialAction.RESTRICT;
			case "c" -> ReferentialAction.CASCADE;
			case "n" -> ReferentialAction.SET_NULL;
			case "d" -> ReferentialAction.SET_DEFAULT;
			default -> ReferentialAction.NO_ACTION;
		};
	}

}
