package dev.migrations.testsupport;

import java.time.Duration;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one PostgreSQL server of this JVM, chosen and started on first use: an
 * {@linkplain ExternalServer external server} when configured, else a
 * {@linkplain ContainerServer Testcontainers container} when Docker answers, else an
 * {@linkplain EmbeddedServer embedded server}.
 */
final class SharedServer {

    private static final Logger logger = LoggerFactory.getLogger(SharedServer.class);

    private static PostgresServer server;

    private SharedServer() {
    }

    static synchronized PostgresServer get() {
        if (server == null) {
            long start = System.nanoTime();
            PostgresServer chosen = choose();
            String version = chosen.version();
            long millis = Duration.ofNanos(System.nanoTime() - start).toMillis();
            logger.info("PostgreSQL for tests: {} at {}, ready in {} ms: {}", chosen.kind(), chosen.adminJdbcUrl(),
                    millis, version);
            server = chosen;
        }
        return server;
    }

    private static PostgresServer choose() {
        return ExternalServer.fromSettings()
                .or(SharedServer::containerIfDockerAnswers)
                .orElseGet(EmbeddedServer::start);
    }

    private static Optional<PostgresServer> containerIfDockerAnswers() {
        return DockerEnvironment.mayBeAvailable() ? ContainerServer.startIfDockerAvailable() : Optional.empty();
    }
}
