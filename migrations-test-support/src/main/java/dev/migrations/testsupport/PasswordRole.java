package dev.migrations.testsupport;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A login role whose password the server checks, for tests of what a wrong password does. The embedded server
 * trusts local connections, except from members of {@value #GROUP}, who must give their password (SCRAM) as on
 * a production server; a container or an external server checks passwords anyway. Dropped on {@link #close()}.
 * <pre>{@code
 * try (PasswordRole role = PasswordRole.create(database)) {
 *     connect(database.jdbcUrl(), role.name(), "wrong " + role.password());
 * }
 * }</pre>
 * The test's user must be allowed to create roles.
 */
public final class PasswordRole implements AutoCloseable {

    /** The group whose members the embedded server asks for their password. */
    static final String GROUP = "password_required";

    private final TestDatabase database;

    private final String name;

    private final String password;

    private PasswordRole(TestDatabase database, String name, String password) {
        this.database = database;
        this.name = name;
        this.password = password;
    }

    /**
     * Creates a role that can log in to the database with a random password.
     * @param database the database it may connect to
     * @return the role
     * @throws SQLException when the role cannot be created
     */
    public static PasswordRole create(TestDatabase database) throws SQLException {
        String name = "role_" + random();
        String password = random();
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            statement.execute("DO $$ BEGIN CREATE ROLE " + GROUP + " NOLOGIN;"
                    + " EXCEPTION WHEN duplicate_object THEN NULL; END $$");
            statement.execute("CREATE ROLE " + name + " LOGIN PASSWORD '" + password + "' IN ROLE " + GROUP);
        }
        return new PasswordRole(database, name, password);
    }

    /** Makes the server in this data directory ask members of {@value #GROUP} for their password. */
    static void requirePasswords(File dataDirectory) {
        Path hba = dataDirectory.toPath().resolve("pg_hba.conf");
        try {
            Files.writeString(hba, "host all +" + GROUP + " all scram-sha-256\n" + Files.readString(hba));
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Could not write " + hba, ex);
        }
    }

    /** The role's name, a plain lower-case identifier. */
    public String name() {
        return name;
    }

    /** The role's password. */
    public String password() {
        return password;
    }

    /** Drops the role. */
    @Override
    public void close() throws SQLException {
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            statement.execute("DROP ROLE " + name);
        }
    }

    private static String random() {
        byte[] bytes = new byte[8];
        ThreadLocalRandom.current().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
