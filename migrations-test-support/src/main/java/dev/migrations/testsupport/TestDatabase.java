package dev.migrations.testsupport;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

/**
 * One empty PostgreSQL database made for a test, with everything needed to connect to it.
 * Obtain one from {@link FreshDatabase}; it is dropped when the test class ends.
 */
public final class TestDatabase {

    private final String name;

    private final String jdbcUrl;

    private final String username;

    private final String password;

    private final DataSource dataSource;

    TestDatabase(String name, String jdbcUrl, String username, String password, DataSource dataSource) {
        this.name = name;
        this.jdbcUrl = jdbcUrl;
        this.username = username;
        this.password = password;
        this.dataSource = dataSource;
    }

    /** The database's name, such as {@code test_3f9a0c12be45}; a plain lower-case identifier. */
    public String name() {
        return name;
    }

    /** The JDBC URL of this database, without credentials. */
    public String jdbcUrl() {
        return jdbcUrl;
    }

    /** The user to connect as; it owns the database. */
    public String username() {
        return username;
    }

    /** The password of {@link #username()}. */
    public String password() {
        return password;
    }

    /** A data source opening a new, unpooled connection to this database on every call. */
    public DataSource dataSource() {
        return dataSource;
    }

    /**
     * Opens a new connection to this database; the caller closes it.
     * @throws SQLException when PostgreSQL refuses the connection
     */
    public Connection connect() throws SQLException {
        return dataSource.getConnection();
    }

    @Override
    public String toString() {
        return name + " (" + jdbcUrl + ")";
    }
}
