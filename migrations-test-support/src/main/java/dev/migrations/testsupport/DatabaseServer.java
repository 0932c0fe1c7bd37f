package dev.migrations.testsupport;

/**
 * The JVM's PostgreSQL server for code that runs outside JUnit, such as the benchmarks: the same server that
 * {@link FreshDatabase} chooses (an external one, a container or an embedded one), with databases that the caller
 * creates and drops itself.
 * <p>
 * Another JVM reaches the same server by passing {@link #adminJdbcUrl()}, {@link #username()} and
 * {@link #password()} as the system properties {@code migrations.test.database-url}, {@code -user} and
 * {@code -password}, which make it choose that server as an external one.
 */
public final class DatabaseServer {

    private DatabaseServer() {
    }

    /** Creates an empty database; the caller drops it with {@link #drop}. */
    public static TestDatabase createDatabase() {
        return SharedServer.get().createDatabase();
    }

    /**
     * Creates a copy of a database that no session is connected to; the caller drops it with {@link #drop}.
     * @param template the name of the database to copy, usually one that {@link #createDatabase()} made and
     * filled, possibly in another JVM
     * @return the copy
     */
    public static TestDatabase copyOf(String template) {
        return SharedServer.get().createDatabase(template);
    }

    /**
     * Drops a database made here, possibly in another JVM, ending the sessions still connected to it.
     * @param name the database's name, as {@link TestDatabase#name()} gives it
     */
    public static void drop(String name) {
        SharedServer.get().dropDatabase(name);
    }

    /** The server's {@code select version()}. */
    public static String version() {
        return SharedServer.get().version();
    }

    /** The JDBC URL of the server's administrative database. */
    public static String adminJdbcUrl() {
        return SharedServer.get().adminJdbcUrl();
    }

    /** A user allowed to create and drop databases. */
    public static String username() {
        return SharedServer.get().username();
    }

    /** The password of {@link #username()}. */
    public static String password() {
        return SharedServer.get().password();
    }
}
