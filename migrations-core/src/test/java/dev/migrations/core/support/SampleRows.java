package dev.migrations.core.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import dev.migrations.core.postgres.Identifiers;
import dev.migrations.core.postgres.Literals;
import dev.migrations.core.postgres.PostgresDdl;
import dev.migrations.core.postgres.catalog.PostgresCatalog;
import dev.migrations.core.schema.Column;
import dev.migrations.core.schema.ColumnType;
import dev.migrations.core.schema.DatabaseSchema;
import dev.migrations.core.schema.EnumType;
import dev.migrations.core.schema.Identity;
import dev.migrations.core.schema.QualifiedName;
import dev.migrations.core.schema.Table;
import dev.migrations.testsupport.TestDatabase;

/**
 * Rows put into every table of a database before a migration, to check that the migration keeps them: three rows
 * per table, each value derived from the row number and the column's type, so that foreign keys between columns of
 * one type find their rows and unique columns get distinct values. A table whose constraints refuse such values
 * even with its nullable columns left empty stays empty. {@link #assertKept} then finds every row again, each value
 * equal once cast back to the column's type at insert time (a widened type reads back the same), in the columns
 * that still exist.
 */
public final class SampleRows {

	private static final int ROWS = 3;

	private static final Set<QualifiedName> BOOKKEEPING = Set.of(QualifiedName.of(null, "migrations_version"),
			QualifiedName.of(null, "migrations_history"));

	private static final PostgresDdl DDL = new PostgresDdl();

	private final Set<String> schemas;

	/** Each filled table's columns as they were, and its rows as text, sorted. */
	private final Map<QualifiedName, Filled> tables;

	private SampleRows(Set<String> schemas, Map<QualifiedName, Filled> tables) {
		this.schemas = schemas;
		this.tables = tables;
	}

	/** No rows: {@link #assertKept} has nothing to check. */
	public static SampleRows none() {
		return new SampleRows(Set.of(), Map.of());
	}

	/** Fills every table of these schemas that takes sample rows, parents before the tables that refer to them. */
	public static SampleRows insert(TestDatabase database, Set<String> schemas) throws SQLException {
		try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
			statement.execute("SET TimeZone = 'UTC'");
			DatabaseSchema schema = new PostgresCatalog().read(connection, schemas, BOOKKEEPING);
			List<Table> pending = new ArrayList<>(schema.tables());
			Map<QualifiedName, Filled> filled = new LinkedHashMap<>();
			boolean progress = true;
			while (progress) {
				progress = false;
				for (Iterator<Table> tables = pending.iterator(); tables.hasNext();) {
					Table table = tables.next();
					if (fill(statement, table, schema.enums())) {
						tables.remove();
						filled.put(table.name(), new Filled(table.columns(), read(statement, table.name(),
								table.columns(), (column) -> Identifiers.quote(column.name()))));
						progress = true;
					}
				}
			}
			return new SampleRows(schemas, filled);
		}
	}

	/** Asserts that every sample row is still there with equal values in the columns that still exist. */
	public void assertKept(TestDatabase database) throws SQLException {
		if (this.tables.isEmpty()) {
			return;
		}
		try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
			statement.execute("SET TimeZone = 'UTC'");
			DatabaseSchema live = new PostgresCatalog().read(connection, this.schemas, BOOKKEEPING);
			for (Map.Entry<QualifiedName, Filled> entry : this.tables.entrySet()) {
				Optional<Table> table = live.table(entry.getKey());
				assertThat(table).as("table %s, which had sample rows", entry.getKey()).isPresent();
				List<Integer> kept = new ArrayList<>();
				List<Column> columns = entry.getValue().columns();
				for (int i = 0; i < columns.size(); i++) {
					if (table.get().column(columns.get(i).name()) != null) {
						kept.add(i);
					}
				}
				List<Column> keptColumns = kept.stream().map(columns::get).toList();
				List<List<String>> before = sorted(entry.getValue().rows().stream()
					.map((row) -> kept.stream().map(row::get).toList())
					.toList());
				assertThat(read(statement, entry.getKey(), keptColumns,
						(column) -> "(" + Identifiers.quote(column.name()) + ")::" + DDL.type(column.type())))
					.as("sample rows of %s, columns %s", entry.getKey(), keptColumns.stream().map(Column::name).toList())
					.containsExactlyElementsOf(before);
			}
		}
	}

	private static boolean fill(Statement statement, Table table, List<EnumType> enums) {
		for (boolean nullsWherePossible : List.of(false, true)) {
			List<String> rows = new ArrayList<>();
			for (int row = 1; row <= ROWS; row++) {
				List<String> values = new ArrayList<>();
				for (Column column : insertable(table)) {
					String value = nullsWherePossible && column.nullable() ? null : value(column.type(), row, enums);
					if (value == null && !column.nullable()) {
						return false;
					}
					values.add((value != null) ? value : "NULL");
				}
				rows.add("(" + String.join(", ", values) + ")");
			}
			try {
				statement.execute("INSERT INTO " + Identifiers.qualified(table.name()) + " ("
						+ String.join(", ", insertable(table).stream().map((c) -> Identifiers.quote(c.name())).toList())
						+ ") VALUES " + String.join(", ", rows));
				return true;
			}
			catch (SQLException ex) {
				// a check or a foreign key refused them: try with nulls, or later, once its parents have rows
			}
		}
		return false;
	}

	private static List<Column> insertable(Table table) {
		return table.columns().stream().filter((column) -> column.identity() == Identity.NONE).toList();
	}

	/** A constant of the type for the row, or {@code null} when there is no obvious one. */
	private static String value(ColumnType type, int row, List<EnumType> enums) {
		if (type.arrayDimensions() > 0) {
			return "'{}'";
		}
		if (type.namedType() != null) {
			return enums.stream()
				.filter((e) -> e.name().equals(type.namedType()))
				.findFirst()
				.map((e) -> Literals.literal(e.values().get((row - 1) % e.values().size())))
				.orElse(null);
		}
		if (type.isRaw()) {
			return null;
		}
		switch (type.name()) {
			case "smallint", "integer", "bigint", "numeric", "real", "double precision":
				return String.valueOf(row);
			case "text", "character varying", "character":
				return "'" + row + "'";
			case "boolean":
				return "true";
			case "uuid":
				return "'00000000-0000-0000-0000-00000000000" + row + "'";
			case "date":
				return "'2001-02-0" + row + "'";
			case "timestamp without time zone":
				return "'2001-02-0" + row + " 04:05:06'";
			case "timestamp with time zone":
				return "'2001-02-0" + row + " 04:05:06+00'";
			case "time without time zone":
				return "'04:05:0" + row + "'";
			case "interval":
				return "'" + row + " hours'";
			case "json", "jsonb":
				return "'{\"row\": " + row + "}'";
			case "bytea":
				return "'\\x0" + row + "'";
			default:
				return null;
		}
	}

	/** The rows of the table, each the columns' values as text in the order given, sorted. */
	private static List<List<String>> read(Statement statement, QualifiedName table, List<Column> columns,
			Function<Column, String> expression) throws SQLException {
		List<List<String>> rows = new ArrayList<>();
		String select = columns.isEmpty() ? "1"
				: String.join(", ", columns.stream().map((c) -> "(" + expression.apply(c) + ")::text").toList());
		try (ResultSet result = statement.executeQuery("SELECT " + select + " FROM " + Identifiers.qualified(table))) {
			while (result.next()) {
				List<String> values = new ArrayList<>();
				for (int i = 1; i <= columns.size(); i++) {
					values.add(result.getString(i));
				}
				rows.add(values);
			}
		}
		return sorted(rows);
	}

	private static List<List<String>> sorted(List<List<String>> rows) {
		return rows.stream().sorted(Comparator.comparing(List::toString)).toList();
	}

	private record Filled(List<Column> columns, List<List<String>> rows) {

	}

}
