package dev.migrations.sample.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A PostgreSQL server from io.zonky's embedded binaries (the version the tests use) whose data stays in a folder
 * across runs. One process at a time may use a folder: it holds a lock on {@code <folder>.lock} while the server
 * runs, so a second application gets a clear error rather than a server that never starts. The server is stopped
 * when the JVM exits; one left running by an application that was killed is stopped before a new one starts.
 */
final class EmbeddedPostgresServer {

	static final String USER = "postgres";

	private static final Map<Path, EmbeddedPostgresServer> RUNNING = new ConcurrentHashMap<>();

	private final EmbeddedPostgres postgres;

	private final FileChannel lockFile;

	private EmbeddedPostgresServer(EmbeddedPostgres postgres, FileChannel lockFile) {
		this.postgres = postgres;
		this.lockFile = lockFile;
	}

	/**
	 * Starts a server on the data directory, creating the directory when it is missing, or returns the JDBC URL of
	 * the one this JVM runs there already (an application started twice in one JVM).
	 * @return the JDBC URL of the server's {@code postgres} database
	 */
	static String startOnce(Path dataDirectory) {
		return RUNNING.computeIfAbsent(dataDirectory.toAbsolutePath().normalize(), EmbeddedPostgresServer::start)
			.jdbcUrl();
	}

	/** Starts a server on the data directory, an absolute path, creating the directory when it is missing. */
	static EmbeddedPostgresServer start(Path dataDirectory) {
		FileChannel lockFile = lock(dataDirectory);
		try {
			OrphanedServer.stopIfRunning(dataDirectory);
			EmbeddedPostgres postgres = EmbeddedPostgres.builder()
				.setDataDirectory(dataDirectory)
				.setCleanDataDirectory(false)
				.start();
			EmbeddedPostgresServer server = new EmbeddedPostgresServer(postgres, lockFile);
			Runtime.getRuntime().addShutdownHook(new Thread(server::close, "embedded-postgres-stop"));
			return server;
		}
		catch (IOException | RuntimeException ex) {
			closeQuietly(lockFile, ex);
			throw new IllegalStateException("Could not start the embedded PostgreSQL in " + dataDirectory + ": "
					+ ex.getMessage() + ". If the folder is damaged, or was made by another major version of PostgreSQL"
					+ " (see its PG_VERSION), delete it to start from an empty database.", ex);
		}
	}

	private static FileChannel lock(Path dataDirectory) {
		Path lockPath = dataDirectory.resolveSibling(dataDirectory.getFileName() + ".lock");
		try {
			Files.createDirectories(dataDirectory.getParent());
			FileChannel channel = FileChannel.open(lockPath, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
			FileLock lock = channel.tryLock();
			if (lock == null) {
				channel.close();
				throw new IllegalStateException("The embedded PostgreSQL data folder " + dataDirectory
						+ " is in use by another running application (" + lockPath + " is locked): stop that one, give"
						+ " this one its own folder with --" + DevelopmentDatabase.DATA_DIRECTORY_PROPERTY
						+ "=<folder>, or set spring.datasource.url");
			}
			return channel;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not lock " + lockPath, ex);
		}
	}

	/** The JDBC URL of the server's {@code postgres} database; user {@value #USER}, any password. */
	String jdbcUrl() {
		return "jdbc:postgresql://localhost:" + this.postgres.getPort() + "/postgres";
	}

	/** Stops the server ({@code pg_ctl stop -m fast}), then lets another process use the folder. */
	void close() {
		try {
			this.postgres.close();
			this.lockFile.close();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void closeQuietly(FileChannel channel, Exception failure) {
		try {
			channel.close();
		}
		catch (IOException ex) {
			failure.addSuppressed(ex);
		}
	}

}
