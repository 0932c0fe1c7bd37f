package dev.migrations.testsupport;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Reads a {@link CatalogSnapshot} with one pg_catalog query per kind of object.
 */
final class CatalogReader {

    private static final String USER_SCHEMA = "n.nspname <> 'information_schema' and n.nspname !~ '^pg_'";

    private static final String TABLE = "c.relkind in ('r', 'p')";

    private final Connection connection;

    private final Set<String> excludedTables;

    CatalogReader(Connection connection, Set<String> excludedTables) {
        this.connection = connection;
        this.excludedTables = excludedTables;
    }

    CatalogSnapshot read() throws SQLException {
        SortedMap<String, String> tables = tables();
        Map<String, List<String>> columns = byTable(columns());
        Map<String, List<String>> constraints = byTable(constraints());
        Map<String, List<String>> indexes = byTable(indexes());
        List<String> lines = new ArrayList<>(schemas());
        tables.forEach((table, line) -> {
            lines.add(line);
            lines.addAll(columns.getOrDefault(table, List.of()));
            lines.addAll(sorted(constraints.getOrDefault(table, List.of())));
            lines.addAll(sorted(indexes.getOrDefault(table, List.of())));
        });
        lines.addAll(sequences());
        lines.addAll(enums());
        lines.addAll(views());
        return new CatalogSnapshot(lines, tables.keySet());
    }

    private List<String> schemas() throws SQLException {
        return sorted(query("select n.nspname from pg_namespace n where " + USER_SCHEMA,
                (row) -> "schema " + row.getString(1)));
    }

    private SortedMap<String, String> tables() throws SQLException {
        SortedMap<String, String> tables = new TreeMap<>();
        for (TableLine table : query("""
                select n.nspname, c.relname, obj_description(c.oid, 'pg_class')
                from pg_class c join pg_namespace n on n.oid = c.relnamespace
                where %s and %s""".formatted(TABLE, USER_SCHEMA),
                (row) -> tableLine(row, "table " + qualified(row) + comment(row.getString(3))))) {
            tables.put(table.table(), table.line());
        }
        return tables;
    }

    private List<TableLine> columns() throws SQLException {
        return query("""
                select n.nspname, c.relname, a.attname, format_type(a.atttypid, a.atttypmod), a.attnotnull,
                       pg_get_expr(d.adbin, d.adrelid), a.attgenerated, a.attidentity, col_description(c.oid, a.attnum)
                from pg_attribute a
                join pg_class c on c.oid = a.attrelid
                join pg_namespace n on n.oid = c.relnamespace
                left join pg_attrdef d on d.adrelid = a.attrelid and d.adnum = a.attnum
                where %s and %s and a.attnum > 0 and not a.attisdropped
                order by a.attrelid, a.attnum""".formatted(TABLE, USER_SCHEMA),
                (row) -> tableLine(row, "  column " + qualified(row) + "." + row.getString(3) + " " + row.getString(4)
                        + (row.getBoolean(5) ? " not null" : "")
                        + valueOf(row.getString(6), row.getString(7))
                        + identity(row.getString(8))
                        + comment(row.getString(9))));
    }

    private List<TableLine> constraints() throws SQLException {
        return query("""
                select n.nspname, c.relname, k.conname, pg_get_constraintdef(k.oid)
                from pg_constraint k
                join pg_class c on c.oid = k.conrelid
                join pg_namespace n on n.oid = c.relnamespace
                where %s and %s and k.contype <> 'n'""".formatted(TABLE, USER_SCHEMA),
                (row) -> tableLine(row, "  constraint " + qualified(row) + "." + row.getString(3) + " "
                        + row.getString(4)));
    }

    private List<TableLine> indexes() throws SQLException {
        return query("""
                select n.nspname, c.relname, pg_get_indexdef(x.indexrelid)
                from pg_index x
                join pg_class c on c.oid = x.indrelid
                join pg_namespace n on n.oid = c.relnamespace
                where %s and %s""".formatted(TABLE, USER_SCHEMA),
                (row) -> tableLine(row, "  index " + row.getString(3)));
    }

    private List<String> sequences() throws SQLException {
        return sorted(query("""
                select n.nspname, c.relname, format_type(s.seqtypid, null), s.seqincrement, s.seqmin, s.seqmax,
                       s.seqstart, s.seqcache, s.seqcycle, owner_schema.nspname, owner.relname, owner_column.attname
                from pg_sequence s
                join pg_class c on c.oid = s.seqrelid
                join pg_namespace n on n.oid = c.relnamespace
                left join pg_depend d on d.classid = 'pg_class'::regclass and d.objid = c.oid
                    and d.refclassid = 'pg_class'::regclass and d.refobjsubid > 0 and d.deptype in ('a', 'i')
                left join pg_class owner on owner.oid = d.refobjid
                left join pg_namespace owner_schema on owner_schema.oid = owner.relnamespace
                left join pg_attribute owner_column on owner_column.attrelid = d.refobjid
                    and owner_column.attnum = d.refobjsubid
                where %s""".formatted(USER_SCHEMA),
                (row) -> isExcluded(row.getString(10), row.getString(11)) ? null
                        : "sequence " + qualified(row) + " as " + row.getString(3)
                                + " increment by " + row.getLong(4) + " minvalue " + row.getLong(5)
                                + " maxvalue " + row.getLong(6) + " start with " + row.getLong(7)
                                + " cache " + row.getLong(8) + (row.getBoolean(9) ? " cycle" : " no cycle")
                                + ((row.getString(11) != null)
                                        ? " owned by " + row.getString(10) + "." + row.getString(11) + "."
                                                + row.getString(12)
                                        : "")));
    }

    private List<String> enums() throws SQLException {
        return sorted(query("""
                select n.nspname, t.typname, string_agg(quote_literal(e.enumlabel), ', ' order by e.enumsortorder)
                from pg_type t
                join pg_enum e on e.enumtypid = t.oid
                join pg_namespace n on n.oid = t.typnamespace
                where %s
                group by n.nspname, t.typname""".formatted(USER_SCHEMA),
                (row) -> "enum " + qualified(row) + " (" + row.getString(3) + ")"));
    }

    private List<String> views() throws SQLException {
        return sorted(query("""
                select n.nspname, c.relname, c.relkind = 'm', pg_get_viewdef(c.oid, true)
                from pg_class c join pg_namespace n on n.oid = c.relnamespace
                where c.relkind in ('v', 'm') and %s""".formatted(USER_SCHEMA),
                (row) -> (row.getBoolean(3) ? "materialized view " : "view ") + qualified(row) + " AS "
                        + row.getString(4).replaceAll("\\s+", " ").trim()));
    }

    /** A line about a table's member, or {@code null} when the table is excluded. */
    private TableLine tableLine(ResultSet row, String line) throws SQLException {
        return isExcluded(row.getString(1), row.getString(2)) ? null : new TableLine(qualified(row), line);
    }

    private boolean isExcluded(String schema, String table) {
        return table != null && (excludedTables.contains(table) || excludedTables.contains(schema + "." + table));
    }

    /** The rows' non-null results, in the order the query returns them. */
    private <T> List<T> query(String sql, RowMapper<T> mapper) throws SQLException {
        List<T> results = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                T result = mapper.map(rows);
                if (result != null) {
                    results.add(result);
                }
            }
        }
        return results;
    }

    /** The schema in column 1 and the name in column 2, joined by a dot. */
    private static String qualified(ResultSet row) throws SQLException {
        return row.getString(1) + "." + row.getString(2);
    }

    private static String valueOf(String expression, String generated) {
        if (expression == null) {
            return "";
        }
        return switch (generated) {
            case "s" -> " generated always as (" + expression + ") stored";
            case "v" -> " generated always as (" + expression + ") virtual";
            default -> " default " + expression;
        };
    }

    private static String identity(String kind) {
        return switch (kind) {
            case "a" -> " generated always as identity";
            case "d" -> " generated by default as identity";
            default -> "";
        };
    }

    private static String comment(String comment) {
        return (comment != null) ? " comment '" + comment.replace("'", "''").replace("\n", "\\n") + "'" : "";
    }

    private static Map<String, List<String>> byTable(List<TableLine> lines) {
        return lines.stream().collect(Collectors.groupingBy(TableLine::table,
                Collectors.mapping(TableLine::line, Collectors.toList())));
    }

    private static List<String> sorted(List<String> lines) {
        return lines.stream().sorted().toList();
    }

    private record TableLine(String table, String line) {
    }

    @FunctionalInterface
    private interface RowMapper<T> {

        /** The row's result, or {@code null} to leave the row out. */
        T map(ResultSet row) throws SQLException;
    }
}
