package dev.migrations.testsupport;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;

import javax.sql.DataSource;

/**
 * What a database's catalog holds, as one line of text per object, for equality assertions:
 * {@code assertThat(CatalogSnapshot.of(dataSource)).isEqualTo(before)}.
 * <p>
 * It covers every schema except the system ones: the schemas; each table with its comment, its
 * columns in ordinal order (type, not null, default or generation, identity, comment), its
 * constraints (as {@code pg_get_constraintdef} spells them) and its indexes (as
 * {@code pg_get_indexdef} spells them); sequences; enum types with their labels; views and
 * materialized views. Names are schema-qualified; lines are in a fixed order, so two databases
 * built alike give equal snapshots. NOT NULL constraints show on their columns only, which keeps
 * snapshots of PostgreSQL 18 (where they are catalogued constraints) like those of older versions.
 */
public final class CatalogSnapshot {

    private final List<String> lines;

    private final Set<String> tableNames;

    CatalogSnapshot(List<String> lines, Set<String> tableNames) {
        this.lines = List.copyOf(lines);
        this.tableNames = Set.copyOf(tableNames);
    }

    /**
     * Reads the catalog of the database that {@code dataSource} connects to.
     * @param dataSource the database to read
     * @param excludedTables tables to leave out, with their columns, constraints, indexes and owned
     * sequences, such as the migration tool's own {@code migrations_version}: a plain name leaves
     * out the table of that name in every schema, a {@code schema.table} name only that one
     * @return the snapshot
     * @throws SQLException when the catalog cannot be read
     */
    public static CatalogSnapshot of(DataSource dataSource, String... excludedTables) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return new CatalogReader(connection, Set.of(excludedTables)).read();
        }
    }

    /** The schema-qualified names of the tables, such as {@code public.users}. */
    public Set<String> tableNames() {
        return tableNames;
    }

    /** The snapshot's lines, one per object, in the order of {@link #toString()}. */
    public List<String> lines() {
        return lines;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CatalogSnapshot snapshot && lines.equals(snapshot.lines);
    }

    @Override
    public int hashCode() {
        return lines.hashCode();
    }

    /** The lines joined by line breaks. */
    @Override
    public String toString() {
        return String.join("\n", lines);
    }
}
