package dev.migrations.core.postgres.catalog;

import java.sql.Array;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.Set;

import dev.migrations.core.schema.Column;
import dev.migrations.core.schema.DatabaseSchema;
import dev.migrations.core.schema.QualifiedName;

/**
 * Reads what a live PostgreSQL database (14 to 18) holds into a {@link DatabaseSchema}, the value that the JPA
 * mapping also becomes, so that the two can be compared. It runs six {@code pg_catalog} queries whatever the number
 * of tables (tables, columns, constraints, indexes, sequences, enums) and changes nothing in the database or the
 * session.
 * <p>
 * What it reads, every name with its real schema:
 * <ul>
 * <li>ordinary and partitioned tables with their comments; not the partitions of a partitioned table, views,
 * materialized views, foreign tables, nor anything an extension owns;</li>
 * <li>their columns in order: the type (see {@code ColumnReader}), nullability, the default as
 * {@code pg_get_expr} prints it ({@code now()}, {@code 'draft'::character varying},
 * {@code nextval('orders_id_seq'::regclass)} for a {@code serial} column), identity and comment. Expressions are
 * printed for the connection's {@code search_path}: an object outside it is schema-qualified. A column that is
 * {@code timestamp without time zone} in the database is {@linkplain Column#allowTimestampWithoutTimeZone() allowed
 * to be}, so that code restoring it passes the TIMESTAMPTZ rule;</li>
 * <li>their primary key, unique, foreign key and check constraints, and their indexes other than those backing a
 * constraint (see {@code ConstraintReader} and {@code IndexReader} for what the model leaves out);</li>
 * <li>the sequences no column owns, with their type and every option;</li>
 * <li>native enum types, with their labels in sort order.</li>
 * </ul>
 * Stateless and thread-safe. The queries run on the connection as it is (in its transaction, if any): wrap the call
 * in a transaction for a consistent view while other sessions change the schema.
 */
public final class PostgresCatalog {

	/**
	 * Reads the tables, sequences and enum types of the given schemas.
	 * @param connection an open connection, left open
	 * @param schemas the schemas to read, by exact name ({@code public}, {@code Mixed Case})
	 * @param excludedTables tables to leave out with everything they own (the migration tool's own version and
	 * history tables): a name with a schema excludes that table, a name without one ({@code null} schema) the table
	 * of that name in every schema read
	 * @return what the schemas hold
	 * @throws SQLException when a catalog query fails
	 */
	public DatabaseSchema read(Connection connection, Set<String> schemas, Set<QualifiedName> excludedTables)
			throws SQLException {
		Array schemaNames = connection.createArrayOf("text", schemas.toArray());
		Map<Long, TableDraft> tables = TableReader.read(connection, schemaNames, excludedTables);
		Array tableOids = connection.createArrayOf("int8", tables.keySet().toArray());
		ColumnReader.read(connection, tableOids, tables);
		ConstraintReader.read(connection, tableOids, tables);
		IndexReader.read(connection, tableOids, tables);
		return new DatabaseSchema(tables.values().stream().map(TableDraft::build).toList(),
				SequenceReader.read(connection, schemaNames), EnumReader.read(connection, schemaNames));
	}

}
