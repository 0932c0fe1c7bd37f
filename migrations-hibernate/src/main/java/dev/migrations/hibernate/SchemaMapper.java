package dev.migrations.hibernate;

import java.util.ArrayList;
import java.util.List;

import org.hibernate.boot.Metadata;
import org.hibernate.boot.model.relational.Namespace;

import dev.migrations.core.schema.Column;
import dev.migrations.core.schema.DatabaseSchema;
import dev.migrations.core.schema.Sequence;
import dev.migrations.core.schema.SequenceOptions;
import dev.migrations.core.schema.Table;

/**
 * Hibernate's relational model ({@code Metadata.getDatabase()}) as the {@link DatabaseSchema} that its PostgreSQL
 * schema export would create: the physical tables (not views, not subselects) with their columns in Hibernate's
 * order, constraints, indexes and comments; the sequences; the native enum types the columns use.
 */
final class SchemaMapper {

	private final Metadata metadata;

	private final PostgresNames names;

	SchemaMapper(Metadata metadata, PostgresNames names) {
		this.metadata = metadata;
		this.names = names;
	}

	DatabaseSchema map() {
		NativeEnums enums = new NativeEnums();
		ColumnMapper columns = new ColumnMapper(this.metadata, this.names, enums);
		Constraints constraints = new Constraints(this.names);
		Indexes indexes = new Indexes(this.names);
		List<Table> tables = new ArrayList<>();
		List<Sequence> sequences = new ArrayList<>();
		for (Namespace namespace : this.metadata.getDatabase().getNamespaces()) {
			for (org.hibernate.mapping.Table table : namespace.getTables()) {
				if (table.isPhysicalTable() && !table.isView()) {
					List<Column> mapped = table.getColumns().stream().map(columns::map).toList();
					tables.add(new Table(this.names.table(table), mapped, constraints.primaryKey(table),
							constraints.uniqueConstraints(table), constraints.foreignKeys(table),
							constraints.checks(table), indexes.of(table), table.getComment()));
				}
			}
			for (org.hibernate.boot.model.relational.Sequence sequence : namespace.getSequences()) {
				sequences.add(new Sequence(this.names.sequence(sequence.getName()), null, SequenceOptions.defaults()
					.start(sequence.getInitialValue())
					.incrementBy(sequence.getIncrementSize())));
			}
		}
		return new DatabaseSchema(tables, sequences, enums.types());
	}

}
