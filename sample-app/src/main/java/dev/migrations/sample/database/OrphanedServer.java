package dev.migrations.sample.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * A PostgreSQL server still running on a data folder whose lock nobody holds: the application that started it was
 * killed before it could stop it. Left running, it keeps {@code postmaster.pid} and a new server on the folder would
 * never start. A {@code postmaster.pid} naming a process that is gone, or one that is not PostgreSQL, is left for
 * PostgreSQL itself to replace.
 */
final class OrphanedServer {

	private static final Log logger = LogFactory.getLog(OrphanedServer.class);

	private static final long STOP_TIMEOUT_SECONDS = 30;

	private OrphanedServer() {
	}

	/** Stops the server that {@code postmaster.pid} in the data directory names, if it still runs. */
	static void stopIfRunning(Path dataDirectory) {
		Optional<ProcessHandle> server = pidIn(dataDirectory.resolve("postmaster.pid")).flatMap(ProcessHandle::of)
			.filter(OrphanedServer::isPostgres);
		if (server.isEmpty()) {
			return;
		}
		long pid = server.get().pid();
		logger.warn("PostgreSQL (pid " + pid + ") still runs on " + dataDirectory
				+ ", left by an application that was killed; stopping it");
		server.get().destroy();
		try {
			server.get().onExit().get(STOP_TIMEOUT_SECONDS, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while waiting for PostgreSQL (pid " + pid + ") to stop", ex);
		}
		catch (ExecutionException | TimeoutException ex) {
			throw new IllegalStateException("PostgreSQL (pid " + pid + ") on " + dataDirectory + " did not stop within "
					+ STOP_TIMEOUT_SECONDS + " s: stop it (kill " + pid + ") and start again", ex);
		}
	}

	private static Optional<Long> pidIn(Path pidFile) {
		if (!Files.isRegularFile(pidFile)) {
			return Optional.empty();
		}
		try {
			List<String> lines = Files.readAllLines(pidFile);
			return lines.isEmpty() ? Optional.empty() : Optional.of(Long.parseLong(lines.get(0).trim()));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read " + pidFile, ex);
		}
		catch (NumberFormatException ex) {
			return Optional.empty();
		}
	}

	private static boolean isPostgres(ProcessHandle process) {
		return process.info().command().map((command) -> Path.of(command).getFileName().toString())
			.filter((name) -> name.equals("postgres") || name.equals("postgres.exe"))
			.isPresent();
	}

}
