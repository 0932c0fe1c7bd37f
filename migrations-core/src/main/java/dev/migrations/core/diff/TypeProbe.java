package dev.migrations.core.diff;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.migrations.core.schema.Column;
import dev.migrations.core.schema.ColumnType;
import dev.migrations.core.schema.QualifiedName;
import dev.migrations.core.schema.Table;

/**
 * One scratch table with a column of each type that tables compared as written use, so that PostgreSQL spells each
 * type once, whatever the number of tables: {@code float(53)} comes back {@code double precision}.
 */
final class TypeProbe {

	private final List<ColumnType> types;

	TypeProbe(List<Table> tables) {
		Set<ColumnType> distinct = new LinkedHashSet<>();
		tables.forEach((table) -> table.columns().forEach((column) -> distinct.add(column.type())));
		this.types = List.copyOf(distinct);
	}

	boolean isEmpty() {
		return this.types.isEmpty();
	}

	/** The table to create: column {@code cN} has the N-th type. */
	Table table(QualifiedName name) {
		List<Column> columns = new ArrayList<>();
		for (int i = 0; i < this.types.size(); i++) {
			columns.add(Column.of("c" + i, this.types.get(i)));
		}
		return new Table(name, columns, null, List.of(), List.of(), List.of(), List.of(), null);
	}

	/** The tables with each column's type as PostgreSQL spells it, read from the probe table as the catalog has it. */
	List<Table> spell(List<Table> tables, Table probe) {
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
