package dev.migrations.core.operation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.Optional;

import dev.migrations.core.schema.QualifiedName;

/**
 * Inserts rows given as column-to-value maps (values as Java objects, bound as parameters). Every row must name
 * the same columns; they are kept in name order, so {@code Map.of(...)}'s changing iteration order cannot change the
 * rendered SQL or the revision's checksum. Not reversible.
 */
public record BulkInsert(QualifiedName table, List<Map<String, Object>> rows) implements Operation {

	public BulkInsert {
		Objects.requireNonNull(table, "table");
		List<Map<String, Object>> copy = new ArrayList<>();
		for (Map<String, Object> row : rows) {
			if (!copy.isEmpty() && !copy.get(0).keySet().equals(row.keySet())) {
				throw new IllegalArgumentException("bulk insert into " + table + ": row " + (copy.size() + 1)
						+ " has columns " + row.keySet() + " but the first row has " + copy.get(0).keySet());
			}
			copy.add(Collections.unmodifiableMap(new TreeMap<>(row)));
		}
		rows = Collections.unmodifiableList(copy);
	}

	@Override
	public Optional<Operation> reverse() {
		return Optional.empty();
	}

	@Override
	public String describe() {
		return "insert " + this.rows.size() + " row(s) into " + this.table;
	}

}
