package dev.migrations.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;

import javax.sql.DataSource;

/**
 * The floor of reading a schema: the columns, constraints and indexes of every table in {@code public}, one plain
 * {@code pg_catalog} query each, every row fetched, on an open connection.
 */
final class CatalogQueries implements Contender {

	private static final String TABLES = "(select c.oid from pg_class c join pg_namespace n on n.oid = c.relnamespace"
			+ " where n.nspname = 'public' and c.relkind in ('r', 'p'))";

	private static final List<String> QUERIES = List.of(
			"select a.attrelid, a.attname, format_type(a.atttypid, a.atttypmod), a.attnotnull,"
					+ " pg_get_expr(d.adbin, d.adrelid) from pg_attribute a left join pg_attrdef d"
					+ " on d.adrelid = a.attrelid and d.adnum = a.attnum where a.attrelid in " + TABLES
					+ " and a.attnum > 0 and not a.attisdropped",
			"select conrelid, conname, contype, pg_get_constraintdef(oid) from pg_constraint where conrelid in "
					+ TABLES,
			"select indrelid, indexrelid::regclass::text, pg_get_indexdef(indexrelid) from pg_index where indrelid in "
					+ TABLES);

	@Override
	public String name() {
		return "3 catalog queries";
	}

	@Override
	public String run(DataSource dataSource, Workload workload) throws Exception {
		int rows = 0;
		try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
			for (String query : QUERIES) {
				try (ResultSet result = statement.executeQuery(query)) {
					while (result.next()) {
						rows++;
					}
				}
			}
		}
		return rows + " rows";
	}

}
