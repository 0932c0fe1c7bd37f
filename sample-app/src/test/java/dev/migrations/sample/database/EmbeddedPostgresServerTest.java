package dev.migrations.sample.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedPostgresServerTest {

	@TempDir
	Path folder;

	@Test
	void keepsItsDataAcrossRestarts() throws SQLException {
		Path dataDirectory = this.folder.resolve("postgres");
		EmbeddedPostgresServer first = EmbeddedPostgresServer.start(dataDirectory);
		execute(first.jdbcUrl(), "CREATE TABLE notes (text text); INSERT INTO notes VALUES ('kept')");
		first.close();

		EmbeddedPostgresServer second = EmbeddedPostgresServer.start(dataDirectory);
		try {
			assertThat(queryOne(second.jdbcUrl(), "SELECT text FROM notes")).isEqualTo("kept");
		}
		finally {
			second.close();
		}
	}

	@Test
	void refusesTheDataDirectoryOfAnApplicationThatRunsAndIsStoppedWithIt() throws Exception {
		Path dataDirectory = this.folder.resolve("postgres");
		AnotherApplication other = AnotherApplication.start(dataDirectory, this.folder.resolve("other.log"));

		assertThatIllegalStateException().isThrownBy(() -> EmbeddedPostgresServer.start(dataDirectory))
			.withMessage("The embedded PostgreSQL data folder " + dataDirectory + " is in use by another running"
					+ " application (" + dataDirectory + ".lock is locked): stop that one, give this one its own folder"
					+ " with --sample.embedded-postgres.data-directory=<folder>, or set spring.datasource.url");
		assertThat(queryOne(other.jdbcUrl(), "SELECT 'still running'")).isEqualTo("still running");

		other.stop();
		assertThat(dataDirectory.resolve("postmaster.pid")).doesNotExist();
	}

	@Test
	void stopsTheServerThatAKilledApplicationLeftRunning() throws Exception {
		Path dataDirectory = this.folder.resolve("postgres");
		AnotherApplication killed = AnotherApplication.start(dataDirectory, this.folder.resolve("killed.log"));
		execute(killed.jdbcUrl(), "CREATE TABLE notes (text text); INSERT INTO notes VALUES ('kept')");
		killed.kill();
		long orphan = Long.parseLong(Files.readAllLines(dataDirectory.resolve("postmaster.pid")).get(0));
		assertThat(isRunning(orphan)).isTrue();

		EmbeddedPostgresServer server = EmbeddedPostgresServer.start(dataDirectory);
		try {
			assertThat(isRunning(orphan)).isFalse();
			assertThat(queryOne(server.jdbcUrl(), "SELECT text FROM notes")).isEqualTo("kept");
		}
		finally {
			server.close();
		}
	}

	private static boolean isRunning(long pid) {
		return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
	}

	private static void execute(String url, String sql) throws SQLException {
		try (Connection connection = connect(url); Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

	private static String queryOne(String url, String sql) throws SQLException {
		try (Connection connection = connect(url); Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery(sql)) {
			result.next();
			return result.getString(1);
		}
	}

	private static Connection connect(String url) throws SQLException {
		return DriverManager.getConnection(url, EmbeddedPostgresServer.USER, EmbeddedPostgresServer.USER);
	}

}
