package dev.migrations.testsupport;

import java.util.Optional;

import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * PostgreSQL in a Testcontainers container, image {@code postgres:<major>} where the major version
 * comes from the system property {@code migrations.test.postgres-version} (default 18). Only this
 * class refers to Testcontainers, so its classes load only when a Docker engine may answer.
 */
final class ContainerServer {

    private ContainerServer() {
    }

    /** Starts the container when Docker answers; empty when it does not. */
    static Optional<PostgresServer> startIfDockerAvailable() {
        if (!DockerClientFactory.instance().isDockerAvailable()) {
            return Optional.empty();
        }
        PostgreSQLContainer container = new PostgreSQLContainer("postgres:" + majorVersion());
        container.start();
        Runtime.getRuntime().addShutdownHook(new Thread(container::stop, "postgres-container-stop"));
        return Optional.of(new PostgresServer("Testcontainers " + container.getDockerImageName(),
                container.getJdbcUrl(), container.getUsername(), container.getPassword()));
    }

    private static String majorVersion() {
        String version = System.getProperty("migrations.test.postgres-version", "18");
        int dot = version.indexOf('.');
        return (dot < 0) ? version : version.substring(0, dot);
    }
}
