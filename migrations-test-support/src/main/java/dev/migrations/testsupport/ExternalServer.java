package dev.migrations.testsupport;

import java.util.Optional;

/**
 * A server that already runs, named by the environment variable {@code MIGRATIONS_TEST_DATABASE_URL}
 * or the system property {@code migrations.test.database-url} (a JDBC URL of an administrative
 * database), with {@code MIGRATIONS_TEST_DATABASE_USER} and {@code MIGRATIONS_TEST_DATABASE_PASSWORD}
 * ({@code migrations.test.database-user}, {@code migrations.test.database-password}), both
 * {@code postgres} unless set. A system property wins over the environment variable.
 */
final class ExternalServer {

    private ExternalServer() {
    }

    static Optional<PostgresServer> fromSettings() {
        return setting("database-url").map((url) -> new PostgresServer("external", url,
                setting("database-user").orElse("postgres"), setting("database-password").orElse("postgres")));
    }

    private static Optional<String> setting(String name) {
        String property = System.getProperty("migrations.test." + name);
        if (property != null && !property.isBlank()) {
            return Optional.of(property);
        }
        String variable = System.getenv("MIGRATIONS_TEST_" + name.replace('-', '_').toUpperCase());
        return Optional.ofNullable(variable).filter((value) -> !value.isBlank());
    }
}
