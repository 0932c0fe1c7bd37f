package dev.migrations.core.postgres.catalog;

import java.sql.Array;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;

import dev.migrations.core.schema.Column;
import dev.migrations.core.schema.ColumnType;
import dev.migrations.core.schema.ColumnTypes;
import dev.migrations.core.schema.Identity;
import dev.migrations.core.schema.QualifiedName;

/**
 * Reads the columns of the tables, in their order. Types: a built-in or extension base type is
 * {@code format_type} of its element type parsed by {@link ColumnTypes#parse}; an enum, domain, composite or
 * range type of the user is {@link ColumnTypes#named(QualifiedName)} in its real schema; an array has as many
 * dimensions as declared ({@code attndims}, at least one). A generated column is read without its generation
 * expression, which the model has no place for; it is not a default. Neither has it a place for an identity
 * column's sequence options or a column's collation, which are not read.
 */
final class ColumnReader {

	private static final CatalogQuery COLUMNS = new CatalogQuery("""
			select a.attrelid, a.attname, a.attnotnull, a.attidentity, a.attndims, element.oid <> a.atttypid as is_array,
			       format_type(element.oid, a.atttypmod) as element_type, element_schema.nspname as element_schema,
			       element.typname as element_name,
			       element.typtype in ('e', 'd', 'c', 'r', 'm') and element_schema.nspname <> 'pg_catalog' as user_type,
			       case when a.attgenerated = '' then pg_get_expr(d.adbin, d.adrelid) end as default_expression,
			       c.description
			from pg_attribute a
			join pg_type t on t.oid = a.atttypid
			left join pg_type array_element on array_element.typarray = t.oid
			join pg_type element on element.oid = coalesce(array_element.oid, t.oid)
			join pg_namespace element_schema on element_schema.oid = element.typnamespace
			left join pg_attrdef d on d.adrelid = a.attrelid and d.adnum = a.attnum
			left join pg_description c on c.classoid = 'pg_class'::regclass and c.objoid = a.attrelid
			     and c.objsubid = a.attnum
			where a.attrelid = any(?::oid[]) and a.attnum > 0 and not a.attisdropped
			order by a.attrelid, a.attnum
			""");

	private ColumnReader() {
	}

	/** Adds its columns to each table. */
	static void read(Connection connection, Array tableOids, Map<Long, TableDraft> tables) throws SQLException {
		COLUMNS.forEachRow(connection, tableOids, (row) -> tables.get(row.getLong("attrelid")).add(column(row)));
	}

	private static Column column(ResultSet row) throws SQLException {
		ColumnType type = type(row);
		return new Column(row.getString("attname"), type, !row.getBoolean("attnotnull"),
				row.getString("default_expression"), identity(row.getString("attidentity")),
				row.getString("description"), type.isTimestampWithoutTimeZone());
	}

	private static ColumnType type(ResultSet row) throws SQLException {
		ColumnType type = row.getBoolean("user_type")
				? ColumnTypes.named(QualifiedName.of(row.getString("element_schema"), row.getString("element_name")))
				: ColumnTypes.parse(row.getString("element_type"));
		int dimensions = row.getBoolean("is_array") ? Math.max(row.getInt("attndims"), 1) : 0;
		for (int i = 0; i < dimensions; i++) {
			type = type.array();
		}
		return type;
	}

	private static Identity identity(String attidentity) {
		return switch (attidentity) {
			case "a" -> Identity.ALWAYS;
			case "d" -> Identity.BY_DEFAULT;
			default -> Identity.NONE;
		};
	}

}
