package dev.migrations.hibernate;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import dev.migrations.core.schema.Column;
import dev.migrations.core.schema.ColumnType;
import dev.migrations.core.schema.ColumnTypes;
import dev.migrations.core.schema.Constraint;
import dev.migrations.core.schema.DatabaseSchema;
import dev.migrations.core.schema.ForeignKey;
import dev.migrations.core.schema.Identity;
import dev.migrations.core.schema.Index;
import dev.migrations.core.schema.IndexPart;
import dev.migrations.core.schema.PrimaryKey;
import dev.migrations.core.schema.QualifiedName;
import dev.migrations.core.schema.Table;
import dev.migrations.core.schema.UniqueConstraint;

/**
 * A schema as lines that a model and a live catalog can both be reduced to, for comparing what the reader says
 * Hibernate would create with what Hibernate's export did create. Types go through {@link ColumnTypes#parse} on both
 * sides; defaults lose PostgreSQL's trailing casts; check constraints and index expressions, which PostgreSQL
 * rewrites, are compared by where they are, not by their text. Constraints that the model leaves unnamed match the
 * catalog's constraint of the same content whatever PostgreSQL named it.
 *
 * @param tables each table with its comment
 * @param columns each column in table order: type, nullability, default, identity, comment
 * @param constraints each constraint's content, sorted
 * @param namedConstraints each constraint the model names, as {@code name: content} (the catalog: every constraint)
 * @param indexes each index that is not a constraint's
 * @param sequences each sequence that is not an identity column's, with start and increment
 * @param enums each enum type with its labels in order
 */
record SchemaFacts(List<String> tables, List<String> columns, List<String> constraints, List<String> namedConstraints,
		List<String> indexes, List<String> sequences, List<String> enums) {

	private static final String USER_SCHEMA = "n.nspname <> 'information_schema' and n.nspname !~ '^pg_'";

	static SchemaFacts of(DatabaseSchema schema) {
		List<String> tables = new ArrayList<>();
		List<String> columns = new ArrayList<>();
		Map<String, String> constraints = new TreeMap<>();
		List<String> contents = new ArrayList<>();
		List<String> indexes = new ArrayList<>();
		for (Table table : schema.tables()) {
			tables.add(table(table.name(), table.comment()));
			for (Column column : table.columns()) {
				columns.add(column(table.name(), column.name(), column.type(), !column.nullable(), column.serverDefault(),
						column.identity() != Identity.NONE, column.comment()));
			}
			for (Constraint constraint : table.constraints()) {
				String content = content(table.name(), constraint);
				contents.add(content);
				if (constraint.name() != null) {
					constraints.put(constraint.name(), content);
				}
			}
			for (Index index : table.indexes()) {
				indexes.add(index(index.name(), table.name(), index.unique(),
						index.parts().stream().map((part) -> part.expression() ? "(expression)" : part.text()).toList(),
						index.where()));
			}
		}
		return new SchemaFacts(sorted(tables), columns, sorted(contents), named(constraints), sorted(indexes),
				sorted(schema.sequences().stream().map((sequence) -> sequence(sequence.name(),
						sequence.options().start(), sequence.options().increment())).toList()),
				sorted(schema.enums().stream().map((type) -> type.name() + " " + type.values()).toList()));
	}

	static SchemaFacts of(Connection connection) throws SQLException {
		List<String> tables = query(connection, """
				select n.nspname, c.relname, obj_description(c.oid, 'pg_class')
				from pg_class c join pg_namespace n on n.oid = c.relnamespace
				where c.relkind = 'r' and %s order by n.nspname, c.relname""".formatted(USER_SCHEMA),
				(row) -> table(name(row, 1), row.getString(3)));
		List<String> columns = query(connection, """
				select n.nspname, c.relname, a.attname, format_type(a.atttypid, a.atttypmod), t.typtype = 'e',
				       tn.nspname, t.typname, a.attnotnull, pg_get_expr(d.adbin, d.adrelid), a.attidentity <> '',
				       col_description(c.oid, a.attnum)
				from pg_attribute a
				join pg_class c on c.oid = a.attrelid join pg_namespace n on n.oid = c.relnamespace
				join pg_type t on t.oid = a.atttypid join pg_namespace tn on tn.oid = t.typnamespace
				left join pg_attrdef d on d.adrelid = a.attrelid and d.adnum = a.attnum
				where c.relkind = 'r' and %s and a.attnum > 0 and not a.attisdropped
				order by n.nspname, c.relname, a.attnum""".formatted(USER_SCHEMA),
				(row) -> column(name(row, 1), row.getString(3),
						row.getBoolean(5) ? ColumnTypes.named(name(row, 6)) : ColumnTypes.parse(row.getString(4)),
						row.getBoolean(8), withoutCast(row.getString(9)), row.getBoolean(10), row.getString(11)));
		Map<String, String> named = new TreeMap<>();
		List<String> contents = query(connection, """
				select n.nspname, c.relname, k.conname, k.contype,
				       array(select a.attname::text from unnest(k.conkey) with ordinality u(attnum, i)
				             join pg_attribute a on a.attrelid = k.conrelid and a.attnum = u.attnum order by u.i),
				       fn.nspname, f.relname,
				       array(select a.attname::text from unnest(k.confkey) with ordinality u(attnum, i)
				             join pg_attribute a on a.attrelid = k.confrelid and a.attnum = u.attnum order by u.i),
				       k.confdeltype
				from pg_constraint k
				join pg_class c on c.oid = k.conrelid join pg_namespace n on n.oid = c.relnamespace
				left join pg_class f on f.oid = k.confrelid left join pg_namespace fn on fn.oid = f.relnamespace
				where k.contype in ('p', 'u', 'f', 'c') and %s""".formatted(USER_SCHEMA), (row) -> {
					String content = content(name(row, 1), row.getString(4), names(row, 5),
							(row.getString(7) != null) ? name(row, 6) : null, names(row, 8), onDelete(row.getString(9)));
					named.put(row.getString(3), content);
					return content;
				});
		List<String> indexes = query(connection, """
				select x.indexrelid::regclass::text, n.nspname, c.relname, x.indisunique,
				       array(select coalesce(a.attname::text, '(expression)') from unnest(x.indkey) with ordinality u(attnum, i)
				             left join pg_attribute a on a.attrelid = x.indrelid and a.attnum = u.attnum order by u.i),
				       pg_get_expr(x.indpred, x.indrelid)
				from pg_index x
				join pg_class c on c.oid = x.indrelid join pg_namespace n on n.oid = c.relnamespace
				where %s and not exists (select 1 from pg_constraint k where k.conindid = x.indexrelid)"""
			.formatted(USER_SCHEMA), (row) -> index(unqualified(row.getString(1)), name(row, 2), row.getBoolean(4),
					names(row, 5), row.getString(6)));
		List<String> sequences = query(connection, """
				select n.nspname, c.relname, s.seqstart, s.seqincrement
				from pg_sequence s join pg_class c on c.oid = s.seqrelid join pg_namespace n on n.oid = c.relnamespace
				where not exists (select 1 from pg_depend d where d.objid = c.oid and d.deptype = 'i')""",
				(row) -> sequence(name(row, 1), row.getLong(3), row.getLong(4)));
		List<String> enums = query(connection, """
				select n.nspname, t.typname, array_agg(e.enumlabel::text order by e.enumsortorder)
				from pg_type t join pg_enum e on e.enumtypid = t.oid join pg_namespace n on n.oid = t.typnamespace
				group by n.nspname, t.typname""", (row) -> name(row, 1) + " " + names(row, 3));
		return new SchemaFacts(sorted(tables), columns, sorted(contents), named(named), sorted(indexes), sorted(sequences),
				sorted(enums));
	}

	private static String table(QualifiedName name, String comment) {
		return name + ((comment != null) ? " comment " + comment : "");
	}

	private static String column(QualifiedName table, String name, ColumnType type, boolean notNull,
			String serverDefault, boolean identity, String comment) {
		return table + "." + name + " " + type.describe() + (notNull ? " not null" : "")
				+ ((serverDefault != null) ? " default " + serverDefault : "") + (identity ? " identity" : "")
				+ ((comment != null) ? " comment " + comment : "");
	}

	private static String content(QualifiedName table, Constraint constraint) {
		if (constraint instanceof PrimaryKey key) {
			return content(table, "p", key.columns(), null, List.of(), null);
		}
		if (constraint instanceof UniqueConstraint unique) {
			return content(table, "u", unique.columns(), null, List.of(), null);
		}
		if (constraint instanceof ForeignKey key) {
			return content(table, "f", key.columns(), key.referencedTable(), key.referencedColumns(),
					key.onDelete().sql());
		}
		return content(table, "c", List.of(), null, List.of(), null);
	}

	private static String content(QualifiedName table, String kind, List<String> columns, QualifiedName referenced,
			List<String> referencedColumns, String onDelete) {
		return switch (kind) {
			case "p" -> "primary key " + table + " " + columns;
			case "u" -> "unique " + table + " " + columns;
			case "f" -> "foreign key " + table + " " + columns + " references " + referenced + " "
					+ referencedColumns + " on delete " + onDelete;
			default -> "check " + table;
		};
	}

	private static String index(String name, QualifiedName table, boolean unique, List<String> parts, String where) {
		return name + " on " + table + (unique ? " unique " : " ") + parts
				+ ((where != null) ? " where " + where : "");
	}

	private static String sequence(QualifiedName name, long start, long increment) {
		return name + " start " + start + " increment " + increment;
	}

	private static String onDelete(String action) {
		if (action == null) {
			return null;
		}
		return switch (action) {
			case "c" -> "CASCADE";
			case "n" -> "SET NULL";
			case "d" -> "SET DEFAULT";
			case "r" -> "RESTRICT";
			default -> "NO ACTION";
		};
	}

	private static String withoutCast(String expression) {
		return (expression != null) ? expression.replaceAll("::[a-z ]+$", "") : null;
	}

	private static String unqualified(String name) {
		return name.substring(name.lastIndexOf('.') + 1);
	}

	private static List<String> named(Map<String, String> constraints) {
		return constraints.entrySet().stream().map((entry) -> entry.getKey() + ": " + entry.getValue()).toList();
	}

	private static List<String> sorted(List<String> lines) {
		return lines.stream().sorted().collect(Collectors.toList());
	}

	private static QualifiedName name(ResultSet row, int schemaColumn) throws SQLException {
		return QualifiedName.of(row.getString(schemaColumn), row.getString(schemaColumn + 1));
	}

	private static List<String> names(ResultSet row, int column) throws SQLException {
		return List.of((String[]) row.getArray(column).getArray());
	}

	private static <T> List<T> query(Connection connection, String sql, Row<T> mapper) throws SQLException {
		List<T> results = new ArrayList<>();
		try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
			while (rows.next()) {
				results.add(mapper.map(rows));
			}
		}
		return results;
	}

	@FunctionalInterface
	private interface Row<T> {

		T map(ResultSet row) throws SQLException;

	}

}
