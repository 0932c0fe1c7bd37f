package dev.migrations.core.postgres;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.migrations.core.operation.CreateEnum;
import dev.migrations.core.operation.CreateIndex;
import dev.migrations.core.operation.CreateSequence;
import dev.migrations.core.operation.CreateTable;
import dev.migrations.core.operation.Operation;
import dev.migrations.core.schema.Constraint;
import dev.migrations.core.schema.DatabaseSchema;
import dev.migrations.core.schema.EnumType;
import dev.migrations.core.schema.Index;
import dev.migrations.core.schema.QualifiedName;
import dev.migrations.core.schema.Sequence;
import dev.migrations.core.schema.Table;

/**
 * The schema that creating operations describe: their tables (with the indexes created on them), sequences and
 * enums, with each table's constraints and indexes in name order, as the catalog reader lists them.
 */
final class DescribedSchema {

	private DescribedSchema() {
	}

	static DatabaseSchema of(List<Operation> operations) {
		Map<QualifiedName, Table> tables = new LinkedHashMap<>();
		List<Index> indexes = new ArrayList<>();
		List<Sequence> sequences = new ArrayList<>();
		List<EnumType> enums = new ArrayList<>();
		for (Operation operation : operations) {
			if (operation instanceof CreateTable create) {
				tables.put(create.table().name(), create.table());
			}
			else if (operation instanceof CreateIndex create) {
				indexes.add(create.index());
			}
			else if (operation instanceof CreateSequence create) {
				sequences.add(create.sequence());
			}
			else if (operation instanceof CreateEnum create) {
				enums.add(create.type());
			}
		}
		return new DatabaseSchema(tables.values().stream().map((table) -> inNameOrder(table, indexes)).toList(),
				sequences, enums);
	}

	private static Table inNameOrder(Table table, List<Index> createdIndexes) {
		List<Index> indexes = new ArrayList<>(table.indexes());
		createdIndexes.stream().filter((index) -> index.table().equals(table.name())).forEach(indexes::add);
		return new Table(table.name(), table.columns(), table.primaryKey(), sorted(table.uniqueConstraints()),
				sorted(table.foreignKeys()), sorted(table.checks()),
				indexes.stream().sorted(Comparator.comparing(Index::name)).toList(), table.comment());
	}

	private static <C extends Constraint> List<C> sorted(List<C> constraints) {
		return constraints.stream().sorted(Comparator.comparing(Constraint::name)).toList();
	}

}
