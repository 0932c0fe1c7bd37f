package dev.migrations.core.runtime;

import java.net.UnknownHostException;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javax.sql.DataSource;

/**
 * Opens the migrator's connections. It waits at most the connect timeout: the PostgreSQL driver sets no login
 * timeout by default, so a server that accepts the connection and never answers (a proxy whose database is down,
 * another service on the port) would otherwise block the application's start for ever. It refuses a database that
 * is not PostgreSQL before anything runs on it, and says what a failure to connect means.
 */
final class DatabaseConnector {

	private static final String POSTGRESQL = "PostgreSQL";

	/** Daemon threads, so a connection attempt that never ends cannot keep the JVM alive. */
	private static final ExecutorService CONNECTING = Executors.newCachedThreadPool((task) -> {
		Thread thread = new Thread(task, "migrations-connect");
		thread.setDaemon(true);
		return thread;
	});

	private final DataSource dataSource;

	private final Duration timeout;

	DatabaseConnector(DataSource dataSource, Duration timeout) {
		this.dataSource = dataSource;
		this.timeout = timeout;
	}

	/**
	 * A connection to PostgreSQL; the caller closes it.
	 * @throws DatabaseConnectionException if there is none within the timeout, or the database is not PostgreSQL
	 */
	Connection open() {
		CompletableFuture<Connection> opening = CompletableFuture.supplyAsync(this::connect, CONNECTING);
		try {
			return requirePostgres(opening.get(this.timeout.toNanos(), TimeUnit.NANOSECONDS));
		}
		catch (TimeoutException ex) {
			opening.thenAccept(DatabaseConnector::closeQuietly);
			throw new DatabaseConnectionException("No answer from the database within "
					+ Durations.describe(this.timeout) + ": something accepted the connection but did not answer as"
					+ " PostgreSQL does (a proxy or pooler whose server is down, a firewall, another service on that"
					+ " port). Check the host and port of the JDBC URL; migrations.connect-timeout sets the wait.", null,
					ex);
		}
		catch (ExecutionException ex) {
			if (ex.getCause() instanceof SQLException sql) {
				throw cannotConnect(sql);
			}
			throw (ex.getCause() instanceof RuntimeException runtime) ? runtime
					: new IllegalStateException(ex.getCause());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new DatabaseConnectionException("Interrupted while connecting to the database", null, ex);
		}
	}

	private Connection connect() {
		try {
			return this.dataSource.getConnection();
		}
		catch (SQLException ex) {
			throw new CompletionException(ex);
		}
	}

	private static Connection requirePostgres(Connection connection) {
		try {
			DatabaseMetaData metaData = connection.getMetaData();
			if (!POSTGRESQL.equals(metaData.getDatabaseProductName())) {
				String product = metaData.getDatabaseProductName() + " " + metaData.getDatabaseProductVersion();
				closeQuietly(connection);
				throw new DatabaseConnectionException("The database is " + product + ", not PostgreSQL: migrations"
						+ " run on PostgreSQL only. Point the application's DataSource at a PostgreSQL database.", null,
						null);
			}
			return connection;
		}
		catch (SQLException ex) {
			closeQuietly(connection);
			throw cannotConnect(ex);
		}
	}

	private static DatabaseConnectionException cannotConnect(SQLException ex) {
		String hint = (rootCause(ex) instanceof UnknownHostException unknown)
				? "The host name " + unknown.getMessage() + " does not resolve: check the host of the JDBC URL."
				: SqlStateHints.hint(ex.getSQLState());
		return new DatabaseConnectionException("Could not connect to the database: SQLState " + ex.getSQLState() + ": "
				+ ex.getMessage() + (hint.isEmpty() ? "" : "\n  " + hint), ex.getSQLState(), ex);
	}

	private static Throwable rootCause(Throwable failure) {
		Throwable root = failure;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return root;
	}

	private static void closeQuietly(Connection connection) {
		try {
			connection.close();
		}
		catch (SQLException ex) {
			// the connection is abandoned either way
		}
	}

}
