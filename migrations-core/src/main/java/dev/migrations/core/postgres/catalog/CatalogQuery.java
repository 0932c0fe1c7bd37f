package dev.migrations.core.postgres.catalog;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;

/**
 * One query on {@code pg_catalog}, run once whatever the number of tables: its only parameter is an array (the
 * schema names or the table oids to read), so the number of statements never grows with the schema. Also holds the
 * SQL fragments the readers share.
 */
final class CatalogQuery {

	private final String sql;

	CatalogQuery(String sql) {
		this.sql = sql;
	}

	/** Runs the query with the array bound to its one {@code ?} and hands each row to the handler, in order. */
	void forEachRow(Connection connection, Array parameter, RowHandler handler) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement(this.sql)) {
			statement.setArray(1, parameter);
			try (ResultSet row = statement.executeQuery()) {
				while (row.next()) {
					handler.handle(row);
				}
			}
		}
	}

	/**
	 * The condition that an object is no member of an extension (PostGIS's {@code spatial_ref_sys}, an extension's
	 * types): the extension, not a revision, creates and drops it.
	 * @param catalog the catalog holding such objects, {@code pg_class} or {@code pg_type}
	 * @param oid the SQL for the object's oid
	 */
	static String notInExtension(String catalog, String oid) {
		return "not exists (select from pg_depend e where e.classid = '" + catalog + "'::regclass and e.objid = " + oid
				+ " and e.deptype = 'e')";
	}

	/**
	 * The SQL for the {@code text[]} of a relation's column names, in the order of an {@code int2[]} of attribute
	 * numbers such as {@code conkey}.
	 */
	static String columnNames(String attributeNumbers, String relation) {
		return "array(select a.attname::text from unnest(" + attributeNumbers + ") with ordinality as u(attnum, position)"
				+ " join pg_attribute a on a.attrelid = " + relation + " and a.attnum = u.attnum order by u.position)";
	}

	/** A {@code text[]} column of the row as a list ({@code NULL} elements kept). */
	static List<String> strings(ResultSet row, String column) throws SQLException {
		Array array = row.getArray(column);
		return Arrays.asList((String[]) array.getArray());
	}

	/** What to do with each row of a query. */
	@FunctionalInterface
	interface RowHandler {

		void handle(ResultSet row) throws SQLException;

	}

}
