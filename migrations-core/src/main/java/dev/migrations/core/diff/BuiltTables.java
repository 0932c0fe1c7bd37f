package dev.migrations.core.diff;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import dev.migrations.core.schema.Column;
import dev.migrations.core.schema.DatabaseSchema;
import dev.migrations.core.schema.ForeignKey;
import dev.migrations.core.schema.Index;
import dev.migrations.core.schema.QualifiedName;
import dev.migrations.core.schema.Table;

/**
 * The tables of a target that PostgreSQL must build to spell them as its catalog does: those compared with a live
 * table that hold SQL text (a default, a check, an index expression or predicate, an index method), a type the parser
 * keeps raw or a named type, and every table their foreign keys reach. The others hold only names, built-in types and
 * keys, which compare as written once their types are spelled (see {@link TypeProbe}), or are not compared at all (a
 * table the live database lacks is created from its written form), so building them would only cost time.
 */
final class BuiltTables {

	private BuiltTables() {
	}

	/**
	 * The tables to build when only some are compared.
	 * @param compared whether a table of the target is compared with a live one
	 */
	static Set<QualifiedName> of(DatabaseSchema target, Predicate<QualifiedName> compared) {
		Map<QualifiedName, Table> byName = target.tables().stream()
			.collect(Collectors.toMap(Table::name, Function.identity()));
		Set<QualifiedName> built = new LinkedHashSet<>();
		Deque<Table> waiting = new ArrayDeque<>();
		target.tables()
			.stream()
			.filter((table) -> compared.test(table.name()) && holdsSqlText(table))
			.forEach(waiting::add);
		while (!waiting.isEmpty()) {
			Table table = waiting.pop();
			if (built.add(table.name())) {
				for (ForeignKey key : table.foreignKeys()) {
					Table referenced = byName.get(key.referencedTable());
					if (referenced != null) {
						waiting.push(referenced);
					}
				}
			}
		}
		return built;
	}

	private static boolean holdsSqlText(Table table) {
		return !table.checks().isEmpty() || table.columns().stream().anyMatch(BuiltTables::holdsSqlText)
				|| table.indexes().stream().anyMatch(BuiltTables::holdsSqlText);
	}

	private static boolean holdsSqlText(Column column) {
		return column.serverDefault() != null || column.type().isRaw() || column.type().namedType() != null;
	}

	private static boolean holdsSqlText(Index index) {
		return index.where() != null || index.method() != null
				|| index.parts().stream().anyMatch((part) -> part.expression());
	}

}
