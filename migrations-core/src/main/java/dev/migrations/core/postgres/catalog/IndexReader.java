package dev.migrations.core.postgres.catalog;

import java.sql.Array;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.migrations.core.schema.Index;
import dev.migrations.core.schema.IndexPart;

/**
 * Reads the indexes of the tables that are not the backing index of a primary key, unique or exclusion
 * constraint, by name. Each key is a column or an expression as {@code pg_get_indexdef(index, key, true)} prints
 * it ({@code lower(email)}); the predicate of a partial index is {@code pg_get_expr(indpred, indrelid)}; the
 * access method is {@code null} for {@code btree}. The model has no place for the rest, which is left out: the
 * {@code INCLUDE} columns, each key's ordering ({@code DESC}, {@code NULLS FIRST}), operator class and collation,
 * storage parameters, tablespace and {@code NULLS NOT DISTINCT}.
 */
final class IndexReader {

	private static final CatalogQuery INDEXES = new CatalogQuery("""
			select x.indrelid, i.relname, x.indisunique, nullif(m.amname, 'btree') as method,
			       pg_get_expr(x.indpred, x.indrelid) as predicate,
			       array(select a.attname::text from generate_series(0, x.indnkeyatts - 1) as k(position)
			             left join pg_attribute a on a.attrelid = x.indrelid and a.attnum = x.indkey[k.position]
			             order by k.position) as key_columns,
			       array(select pg_get_indexdef(x.indexrelid, k.position + 1, true)
			             from generate_series(0, x.indnkeyatts - 1) as k(position) order by k.position) as key_definitions
			from pg_index x
			join pg_class i on i.oid = x.indexrelid
			join pg_am m on m.oid = i.relam
			where x.indrelid = any(?::oid[]) and not exists (select from pg_constraint k
			      where k.conindid = x.indexrelid and k.conrelid = x.indrelid and k.contype in ('p', 'u', 'x'))
			order by x.indrelid, i.relname
			""");

	private IndexReader() {
	}

	/** Adds its indexes to each table. */
	static void read(Connection connection, Array tableOids, Map<Long, TableDraft> tables) throws SQLException {
		INDEXES.forEachRow(connection, tableOids, (row) -> tables.get(row.getLong("indrelid")).add(index(row)));
	}

	private static Index index(ResultSet row) throws SQLException {
		return new Index(row.getString("relname"), null, parts(row), row.getBoolean("indisunique"),
				row.getString("predicate"), row.getString("method"));
	}

	/** Each key: the column when it is one (its name, unquoted), else the expression. */
	private static List<IndexPart> parts(ResultSet row) throws SQLException {
		List<String> columns = CatalogQuery.strings(row, "key_columns");
		List<String> definitions = CatalogQuery.strings(row, "key_definitions");
		List<IndexPart> parts = new ArrayList<>();
		for (int key = 0; key < columns.size(); key++) {
			String column = columns.get(key);
			parts.add((column != null) ? IndexPart.column(column) : IndexPart.expression(definitions.get(key)));
		}
		return parts;
	}

}
