package dev.migrations.core.runtime;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Who holds the table locks a statement waited for until {@code lock_timeout} ended it. PostgreSQL's error does not
 * say, so this asks {@code pg_locks} for the sessions that now hold a lock on a table the statement names, oldest
 * transaction first.
 */
final class LockHolders {

	private static final int MAX_SESSIONS = 5;

	private static final String QUERY = "SELECT a.pid, a.application_name, a.state,"
			+ " date_trunc('second', now() - a.state_change), l.mode, l.relation::regclass::text, left(a.query, 200),"
			+ " current_setting('lock_timeout') FROM pg_locks l JOIN pg_class c ON c.oid = l.relation"
			+ " JOIN pg_stat_activity a ON a.pid = l.pid WHERE l.locktype = 'relation' AND l.granted"
			+ " AND l.pid <> pg_backend_pid() AND l.database = (SELECT oid FROM pg_database"
			+ " WHERE datname = current_database()) AND position(quote_ident(c.relname) in ?) > 0"
			+ " ORDER BY a.xact_start NULLS LAST, a.pid LIMIT " + MAX_SESSIONS;

	private LockHolders() {
	}

	/**
	 * A sentence naming the sessions that hold locks on the tables the statement names, for the failure report.
	 * @param connection a connection outside any failed transaction
	 * @param statement the statement that waited
	 */
	static String describe(Connection connection, String statement) {
		List<String> holders = new ArrayList<>();
		String lockTimeout = null;
		try (PreparedStatement query = connection.prepareStatement(QUERY)) {
			query.setString(1, statement);
			try (ResultSet result = query.executeQuery()) {
				while (result.next()) {
					lockTimeout = result.getString(8);
					holders.add("pid " + result.getInt(1) + " (application '" + result.getString(2) + "', "
							+ result.getString(3) + " for " + result.getString(4) + ") holds " + result.getString(5)
							+ " on " + result.getString(6) + "; its last query: "
							+ result.getString(7).strip().replaceAll("\\s+", " "));
				}
			}
		}
		catch (SQLException ex) {
			return "Who holds the lock could not be read (SQLState " + ex.getSQLState() + ": " + ex.getMessage() + ").";
		}
		if (holders.isEmpty()) {
			return "No session holds a lock on the tables it names any more: run again.";
		}
		return "The statement waited lock_timeout (" + lockTimeout + ") for a lock on a table it names; held now by:\n"
				+ "    " + String.join("\n    ", holders);
	}

}
