package dev.migrations.core.diff;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import dev.migrations.core.schema.ForeignKey;
import dev.migrations.core.schema.QualifiedName;
import dev.migrations.core.schema.Table;

/**
 * Orders tables so that each comes after the tables its foreign keys reference. Foreign keys that close a cycle
 * are set apart, to be added once every table of the cycle exists.
 *
 * @param tables the tables in creation order
 * @param deferred for each table, the foreign keys left out of its creation
 */
record TableOrder(List<Table> tables, Map<QualifiedName, List<ForeignKey>> deferred) {

	static TableOrder of(List<Table> tables) {
		Map<QualifiedName, Table> remaining = new TreeMap<>();
		tables.forEach((table) -> remaining.put(table.name(), table));
		List<Table> ordered = new ArrayList<>();
		Map<QualifiedName, List<ForeignKey>> deferred = new LinkedHashMap<>();
		while (!remaining.isEmpty()) {
			Table next = remaining.values().stream()
				.filter((table) -> dependencies(table, remaining.keySet()).isEmpty())
				.findFirst()
				.orElse(null);
			if (next == null) {
				next = remaining.values().iterator().next();
				Set<QualifiedName> blocking = dependencies(next, remaining.keySet());
				List<ForeignKey> cut = next.foreignKeys().stream()
					.filter((key) -> blocking.contains(key.referencedTable()))
					.toList();
				deferred.put(next.name(), cut);
				next = withoutForeignKeys(next, cut);
			}
			ordered.add(next);
			remaining.remove(next.name());
		}
		return new TableOrder(ordered, deferred);
	}

	private static Set<QualifiedName> dependencies(Table table, Set<QualifiedName> pending) {
		return table.foreignKeys().stream()
			.map(ForeignKey::referencedTable)
			.filter((referenced) -> !referenced.equals(table.name()) && pending.contains(referenced))
			.collect(Collectors.toSet());
	}

	private static Table withoutForeignKeys(Table table, List<ForeignKey> removed) {
		List<ForeignKey> kept = table.foreignKeys().stream().filter((key) -> !removed.contains(key)).toList();
		return new Table(table.name(), table.columns(), table.primaryKey(), table.uniqueConstraints(), kept,
				table.checks(), table.indexes(), table.comment());
	}

}
