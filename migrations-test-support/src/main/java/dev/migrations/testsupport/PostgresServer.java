package dev.migrations.testsupport;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.postgresql.ds.PGSimpleDataSource;

/**
 * A running PostgreSQL server reached through an administrative database, which creates and drops
 * the databases that tests use.
 *
 * @param kind how the server came to be, for the log (such as {@code "embedded"})
 * @param adminJdbcUrl JDBC URL of a database that always exists on the server, such as {@code postgres}
 * @param username a user allowed to create and drop databases
 * @param password that user's password
 */
record PostgresServer(String kind, String adminJdbcUrl, String username, String password) {

    private static final Pattern JDBC_URL = Pattern.compile("(jdbc:postgresql://[^/?]+)(/[^?]*)?(\\?.*)?");

    PostgresServer {
        if (!JDBC_URL.matcher(adminJdbcUrl).matches()) {
            throw new IllegalArgumentException(
                    "Expected a JDBC URL like jdbc:postgresql://localhost:5432/postgres but got " + adminJdbcUrl);
        }
    }

    /** Creates an empty database with a random name from {@code template0}. */
    TestDatabase createDatabase() {
        return createDatabase("template0");
    }

    /**
     * Creates a database with a random name as a copy of another one, which no session may be connected to.
     * @param template the name of the database to copy
     */
    TestDatabase createDatabase(String template) {
        String name = "test_" + HexFormat.of().formatHex(randomBytes());
        execute("CREATE DATABASE " + name + " TEMPLATE " + template);
        String jdbcUrl = jdbcUrl(name);
        return new TestDatabase(name, jdbcUrl, username, password, dataSource(jdbcUrl));
    }

    /** Drops a database that {@link #createDatabase()} made, ending the sessions still connected to it. */
    void dropDatabase(TestDatabase database) {
        dropDatabase(database.name());
    }

    /** Drops a database by name, ending the sessions still connected to it. */
    void dropDatabase(String name) {
        execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    }

    /** The server's {@code select version()}. */
    String version() {
        try (Connection connection = admin(); Statement statement = connection.createStatement();
                var result = statement.executeQuery("select version()")) {
            result.next();
            return result.getString(1);
        }
        catch (SQLException ex) {
            throw new IllegalStateException("Could not query the version of PostgreSQL at " + adminJdbcUrl, ex);
        }
    }

    private String jdbcUrl(String database) {
        Matcher url = JDBC_URL.matcher(adminJdbcUrl);
        url.matches();
        String parameters = url.group(3);
        return url.group(1) + "/" + database + (parameters != null ? parameters : "");
    }

    private void execute(String sql) {
        try (Connection connection = admin(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
        catch (SQLException ex) {
            throw new IllegalStateException("Could not run '" + sql + "' on " + adminJdbcUrl, ex);
        }
    }

    private Connection admin() throws SQLException {
        return dataSource(adminJdbcUrl).getConnection();
    }

    /** A data source rather than the DriverManager, which would load every JDBC driver on the class path. */
    private DataSource dataSource(String jdbcUrl) {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setUrl(jdbcUrl);
        dataSource.setUser(username);
        dataSource.setPassword(password);
        return dataSource;
    }

    private static byte[] randomBytes() {
        byte[] bytes = new byte[6];
        ThreadLocalRandom.current().nextBytes(bytes);
        return bytes;
    }
}
