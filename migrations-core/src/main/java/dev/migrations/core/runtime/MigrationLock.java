package dev.migrations.core.runtime;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.migrations.core.schema.QualifiedName;

/**
 * A session-level PostgreSQL advisory lock that serialises every process migrating the same database and version
 * table, with a bounded wait. Released on {@link #close()}, or by PostgreSQL when the session ends.
 * <p>
 * A session ends when its client dies only once the server notices: while a statement runs (a long data migration,
 * a wait for a table lock) it would not before the statement ends, and the lock and the revision's transaction would
 * stay held until then. So while the lock is held the session checks its client every second
 * ({@code client_connection_check_interval}, PostgreSQL 14 and later on the platforms that support it): a killed
 * process's revision is rolled back and its lock freed within a second or two.
 */
final class MigrationLock implements AutoCloseable {

	private static final Logger logger = LoggerFactory.getLogger(MigrationLock.class);

	private static final long FIRST_RETRY_MILLIS = 50;

	private static final long MAX_RETRY_MILLIS = 1000;

	private static final String CLIENT_CHECK = "client_connection_check_interval";

	/** The first PostgreSQL version with {@value #CLIENT_CHECK}. */
	private static final int CLIENT_CHECK_SINCE = 14;

	/** PostgreSQL's answer to a non-zero {@value #CLIENT_CHECK} on a platform that cannot check. */
	private static final String INVALID_PARAMETER_VALUE = "22023";

	private final Connection connection;

	private final long key;

	private final boolean checkingClient;

	private MigrationLock(Connection connection, long key, boolean checkingClient) {
		this.connection = connection;
		this.key = key;
		this.checkingClient = checkingClient;
	}

	/** The lock key for a version table: stable across processes and versions of this library. */
	static long keyFor(QualifiedName versionTable) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256")
				.digest(("migrations:" + versionTable).getBytes(StandardCharsets.UTF_8));
			return ByteBuffer.wrap(digest).getLong();
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is required of every Java runtime", ex);
		}
	}

	/** Takes the lock, waiting at most {@code maxWait} for the process that holds it. */
	static MigrationLock acquire(Connection connection, long key, Duration maxWait) throws SQLException {
		long deadline = System.nanoTime() + maxWait.toNanos();
		long retryMillis = FIRST_RETRY_MILLIS;
		boolean announced = false;
		while (!tryLock(connection, key)) {
			if (System.nanoTime() >= deadline) {
				throw new MigrationException("Timed out after " + Durations.describe(maxWait)
						+ " waiting for the migration lock (PostgreSQL advisory lock " + key + "), held by "
						+ holder(connection, key) + ". Another process is migrating this database, or a stuck session"
						+ " holds the lock: SELECT pg_terminate_backend(<pid>) releases it; migrations.lock-wait-timeout"
						+ " sets the wait.");
			}
			if (!announced) {
				logger.info("Waiting for the migration lock, held by {}", holder(connection, key));
				announced = true;
			}
			sleep(retryMillis);
			retryMillis = Math.min(retryMillis * 2, MAX_RETRY_MILLIS);
		}
		return new MigrationLock(connection, key, checkClient(connection));
	}

	/** Makes the session check its client every second; whether it could (it cannot on some servers). */
	private static boolean checkClient(Connection connection) throws SQLException {
		if (connection.getMetaData().getDatabaseMajorVersion() < CLIENT_CHECK_SINCE) {
			return false;
		}
		try (Statement statement = connection.createStatement()) {
			statement.execute("SET " + CLIENT_CHECK + " = 1000");
			return true;
		}
		catch (SQLException ex) {
			if (!INVALID_PARAMETER_VALUE.equals(ex.getSQLState())) {
				throw ex;
			}
			logger.debug("PostgreSQL cannot check for a lost client on its platform ({}): should this process die"
					+ " during a statement, the migration lock stays held until that statement ends", ex.getMessage());
			return false;
		}
	}

	private static boolean tryLock(Connection connection, long key) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement("SELECT pg_try_advisory_lock(?)")) {
			statement.setLong(1, key);
			try (ResultSet result = statement.executeQuery()) {
				result.next();
				return result.getBoolean(1);
			}
		}
	}

	private static String holder(Connection connection, long key) throws SQLException {
		String sql = "SELECT a.pid, a.application_name, a.client_addr, a.backend_start FROM pg_locks l"
				+ " JOIN pg_stat_activity a ON a.pid = l.pid WHERE l.locktype = 'advisory' AND l.granted"
				+ " AND l.classid::bigint = ? AND l.objid::bigint = ? AND l.objsubid = 1";
		try (PreparedStatement statement = connection.prepareStatement(sql)) {
			statement.setLong(1, key >>> 32);
			statement.setLong(2, key & 0xFFFFFFFFL);
			try (ResultSet result = statement.executeQuery()) {
				if (!result.next()) {
					return "a session that has just released it";
				}
				return "PostgreSQL backend pid " + result.getInt(1) + " (application '" + result.getString(2)
						+ "', client " + result.getString(3) + ", connected since " + result.getString(4) + ")";
			}
		}
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new MigrationException("Interrupted while waiting for the migration lock");
		}
	}

	@Override
	public void close() throws SQLException {
		try (PreparedStatement statement = this.connection.prepareStatement("SELECT pg_advisory_unlock(?)")) {
			statement.setLong(1, this.key);
			statement.execute();
		}
		if (this.checkingClient) {
			try (Statement statement = this.connection.createStatement()) {
				statement.execute("RESET " + CLIENT_CHECK);
			}
		}
	}

}
