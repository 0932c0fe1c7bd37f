package dev.migrations.core.schema;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * What a database holds that migrations manage: its tables (with their columns, constraints, indexes and
 * comments), sequences and native enum types. The same value comes from the live catalog and from the JPA
 * mapping, so the two can be compared. Lists are kept sorted by name, so equal schemas are equal values.
 */
public record DatabaseSchema(List<Table> tables, List<Sequence> sequences, List<EnumType> enums) {

	public DatabaseSchema {
		tables = tables.stream().sorted(Comparator.comparing(Table::name)).toList();
		sequences = sequences.stream().sorted(Comparator.comparing(Sequence::name)).toList();
		enums = enums.stream().sorted(Comparator.comparing(EnumType::name)).toList();
	}

	/** A schema with nothing in it. */
	public static DatabaseSchema empty() {
		return new DatabaseSchema(List.of(), List.of(), List.of());
	}

	/** The table with the given name. */
	public Optional<Table> table(QualifiedName name) {
		return this.tables.stream().filter((table) -> table.name().equals(name)).findFirst();
	}

}
