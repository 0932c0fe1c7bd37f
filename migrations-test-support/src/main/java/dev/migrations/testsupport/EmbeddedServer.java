package dev.migrations.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * PostgreSQL from io.zonky's embedded binaries (the version the build puts on the class path),
 * unpacked and started as a child process, stopped by the shutdown hook that io.zonky registers.
 * It trusts every local connection, so the password is only a placeholder, except those of a
 * {@link PasswordRole}.
 */
final class EmbeddedServer {

    private EmbeddedServer() {
    }

    static PostgresServer start() {
        try {
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    // Throwaway data: durability only costs time.
                    .setServerConfig("fsync", "off")
                    .setServerConfig("full_page_writes", "off")
                    .setDataDirectoryCustomizer(PasswordRole::requirePasswords)
                    .start();
            return new PostgresServer("embedded", "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres",
                    "postgres", "postgres");
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL", ex);
        }
    }
}
