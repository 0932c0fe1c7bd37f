package dev.migrations.core.diff;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.migrations.core.schema.Column;
import dev.migrations.core.schema.ColumnType;
import dev.migrations.core.schema.DatabaseSchema;
import dev.migrations.core.schema.QualifiedName;
import dev.migrations.core.schema.Table;

/**
 * One scratch table with a column of each type that the tables compared as written use, so that PostgreSQL spells
 * each type once, whatever the number of tables: {@code float(53)} comes back {@code double precision}.
 */
final class TypeProbe {

	private final List<ColumnType> types;

	TypeProbe(List<Table> tables) {
		Set<ColumnType> distinct = new LinkedHashSet<>();
		tables.forEach((table) -> table.columns().forEach((column) -> distinct.add(column.type())));
		this.types = List.copyOf(distinct);
	}

	/** Whether there is no type to spell. */
	boolean isEmpty() {
		return this.types.isEmpty();
	}

	/** The schema to build with the probe table added: column {@code cN} has the N-th type. */
	DatabaseSchema addedTo(DatabaseSchema schema, QualifiedName name) {
		if (this.types.isEmpty()) {
			return schema;
		}
		List<Column> columns = new ArrayList<>();
		for (int i = 0; i < this.types.size(); i++) {
			columns.add(Column.of("c" + i, this.types.get(i)));
		}
		List<Table> tables = new ArrayList<>(schema.tables());
		tables.add(new Table(name, columns, null, List.of(), List.of(), List.of(), List.of(), null));
		return new DatabaseSchema(tables, schema.sequences(), schema.enums());
	}

	/** The schema read back, without the probe table. */
	static DatabaseSchema removedFrom(DatabaseSchema schema, QualifiedName name) {
		return new DatabaseSchema(schema.tables().stream().filter((table) -> !table.name().equals(name)).toList(),
				schema.sequences(), schema.enums());
	}

	static DatabaseSchema withTables(DatabaseSchema schema, List<Table> more) {
		List<Table> tables = new ArrayList<>(schema.tables());
		tables.addAll(more);
		return new DatabaseSchema(tables, schema.sequences(), schema.enums());
	}

	/** The tables with each column's type as PostgreSQL spells it, from the probe table read back in {@code read}. */
	List<Table> spell(List<Table> tables, DatabaseSchema read, QualifiedName name) {
		if (this.types.isEmpty()) {
			return tables;
		}
		Table probe = read.table(name).orElseThrow();
		Map<ColumnType, ColumnType> spelled = new HashMap<>();
		for (int i = 0; i < this.types.size(); i++) {
			spelled.put(this.types.get(i), probe.column("c" + i).type());
		}
		return tables.stream()
			.map((table) -> new Table(table.name(),
					table.columns().stream().map((column) -> withType(column, spelled.get(column.type()))).toList(),
					table.primaryKey(), table.uniqueConstraints(), table.foreignKeys(), table.checks(), table.indexes(),
					table.comment()))
			.toList();
	}

	private static Column withType(Column column, ColumnType type) {
		return new Column(column.name(), type, column.nullable(), column.serverDefault(), column.identity(),
				column.comment(), column.timestampWithoutTimeZoneAllowed());
	}

}
