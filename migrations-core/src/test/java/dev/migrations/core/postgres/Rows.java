package dev.migrations.core.postgres;

import java.util.LinkedHashMap;
import java.util.Map;

/** Rows for bulk inserts, written inline. */
final class Rows {

	private Rows() {
	}

	/** A row from alternating column names and values, in that column order: {@code row("id", 1, "name", "a")}. */
	static Map<String, Object> row(Object... columnsAndValues) {
		Map<String, Object> row = new LinkedHashMap<>();
		for (int i = 0; i < columnsAndValues.length; i += 2) {
			row.put((String) columnsAndValues[i], columnsAndValues[i + 1]);
		}
		return row;
	}

}
