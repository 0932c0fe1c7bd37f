package dev.migrations.core.postgres.catalog;

import java.sql.Array;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import dev.migrations.core.schema.QualifiedName;
import dev.migrations.core.schema.TableComment;

/**
 * Reads which tables the schemas hold, with their comments: ordinary and partitioned tables, but not the
 * partitions of a partitioned table (they follow their parent), views, materialized views, foreign tables or the
 * members of an extension.
 */
final class TableReader {

	private static final CatalogQuery TABLES = new CatalogQuery("""
			select c.oid, n.nspname, c.relname, d.description
			from pg_class c
			join pg_namespace n on n.oid = c.relnamespace
			left join pg_description d on d.classoid = 'pg_class'::regclass and d.objoid = c.oid and d.objsubid = 0
			where n.nspname = any(?) and c.relkind in ('r', 'p') and not c.relispartition and %s
			""".formatted(CatalogQuery.notInExtension("pg_class", "c.oid")));

	private TableReader() {
	}

	/**
	 * The tables of the schemas, by oid, leaving out the excluded ones: a name with a schema excludes that table, a
	 * name without one the table of that name in every schema.
	 */
	static Map<Long, TableDraft> read(Connection connection, Array schemas, Set<QualifiedName> excludedTables)
			throws SQLException {
		Map<Long, TableDraft> tables = new LinkedHashMap<>();
		TABLES.forEachRow(connection, schemas, (row) -> {
			QualifiedName name = QualifiedName.of(row.getString("nspname"), row.getString("relname"));
			if (excludedTables.contains(name) || excludedTables.contains(QualifiedName.of(name.name()))) {
				return;
			}
			TableDraft table = new TableDraft(name);
			String comment = row.getString("description");
			if (comment != null) {
				table.add(new TableComment(comment));
			}
			tables.put(row.getLong("oid"), table);
		});
		return tables;
	}

}
