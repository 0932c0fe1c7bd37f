package dev.migrations.testsupport;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.sql.DataSource;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * A JUnit extension that gives a test class its own empty database on a real PostgreSQL server,
 * created before the class's first test and dropped (with {@code WITH (FORCE)}) after its last,
 * so test classes do not see each other and run in any order.
 * <pre>{@code
 * class SomethingTest {
 *     @RegisterExtension
 *     static final FreshDatabase database = new FreshDatabase();
 *
 *     @Test
 *     void works() throws SQLException {
 *         try (Connection connection = database.connect()) { ... }
 *     }
 * }
 * }</pre>
 * Register it on a {@code static} field. {@code @Nested} classes share the outer class's database.
 * Test constructors and methods may also declare a {@link DataSource} parameter to receive
 * {@link #dataSource()} (when the class registers only one {@code FreshDatabase}).
 * <p>
 * The server is chosen once per JVM: the one that {@code MIGRATIONS_TEST_DATABASE_URL} names, else
 * a Testcontainers container when a Docker engine answers, else an embedded PostgreSQL.
 */
public final class FreshDatabase implements BeforeAllCallback, AfterAllCallback, ParameterResolver {

    private final List<TestDatabase> additionalDatabases = new CopyOnWriteArrayList<>();

    private volatile TestDatabase database;

    private volatile String owningContextId;

    @Override
    public void beforeAll(ExtensionContext context) {
        if (database == null) {
            database = SharedServer.get().createDatabase();
            owningContextId = context.getUniqueId();
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (!context.getUniqueId().equals(owningContextId)) {
            return;
        }
        List<TestDatabase> databases = new ArrayList<>(additionalDatabases);
        databases.add(database);
        additionalDatabases.clear();
        database = null;
        owningContextId = null;
        dropAll(databases);
    }

    /**
     * Creates one more empty database, for tests that compare two databases; it is dropped with
     * this extension's own database.
     * @return the new database
     */
    public TestDatabase newDatabase() {
        current(); // outside the class's lifetime nothing would drop it
        TestDatabase additional = SharedServer.get().createDatabase();
        additionalDatabases.add(additional);
        return additional;
    }

    /** The name of this test class's database, such as {@code test_3f9a0c12be45}. */
    public String name() {
        return current().name();
    }

    /** The JDBC URL of this test class's database, without credentials. */
    public String jdbcUrl() {
        return current().jdbcUrl();
    }

    /** The user to connect as; it owns the database. */
    public String username() {
        return current().username();
    }

    /** The password of {@link #username()}. */
    public String password() {
        return current().password();
    }

    /** A data source opening a new, unpooled connection to this test class's database on every call. */
    public DataSource dataSource() {
        return current().dataSource();
    }

    /**
     * Opens a new connection to this test class's database; the caller closes it.
     * @return the connection
     * @throws SQLException when PostgreSQL refuses the connection
     */
    public Connection connect() throws SQLException {
        return current().connect();
    }

    @Override
    public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        return parameterContext.getParameter().getType() == DataSource.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        return dataSource();
    }

    private TestDatabase current() {
        TestDatabase current = database;
        if (current == null) {
            throw new IllegalStateException("No database yet: register FreshDatabase with @RegisterExtension on a "
                    + "static field and use it from the test class's tests or @BeforeAll methods");
        }
        return current;
    }

    private static void dropAll(List<TestDatabase> databases) {
        PostgresServer server = SharedServer.get();
        RuntimeException failure = null;
        for (TestDatabase each : databases) {
            try {
                server.dropDatabase(each);
            }
            catch (RuntimeException ex) {
                if (failure == null) {
                    failure = ex;
                }
                else {
                    failure.addSuppressed(ex);
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
    }
}
