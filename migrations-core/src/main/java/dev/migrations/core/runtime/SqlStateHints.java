package dev.migrations.core.runtime;

import java.util.Map;

/** What to do about the SQLStates a migration most often meets, connecting or running revisions. */
final class SqlStateHints {

	private static final Map<String, String> HINTS = Map.ofEntries(
			Map.entry("55P03",
					"A lock was not granted within lock_timeout: another session holds a lock on the object (see"
						+ " pg_locks and pg_stat_activity). Retry when it is done, or raise migrations.lock-timeout."),
			Map.entry("57014",
					"The statement was cancelled, most likely by statement_timeout: raise"
						+ " migrations.statement-timeout for this revision's work, or split it."),
			Map.entry("25001",
					"PostgreSQL refuses this statement inside a transaction: put it in op.nonTransactional(block"
						+ " -> ...)."),
			Map.entry("40P01",
					"A deadlock with another session was detected; the other session went on. Run again."),
			Map.entry("23505",
					"Existing rows violate a unique constraint: fix the data first (a data migration before this"
						+ " one)."),
			Map.entry("23502",
					"Existing rows have NULL in a column made NOT NULL: give it a server default or fill it"
						+ " first."),
			Map.entry("23514",
					"Existing rows violate a check constraint: fix the data first (a data migration before this"
						+ " one)."),
			Map.entry("22001",
					"Existing values are too long for the column's new type: shorten them first (a data migration),"
						+ " or keep the longer type."),
			Map.entry("22003",
					"Existing values are out of range for the column's new type: fix them first (a data migration),"
						+ " or keep the wider type."),
			Map.entry("22P02",
					"Existing values cannot be converted to the column's new type: convert them first, or give the"
						+ " type change a USING expression that can."),
			Map.entry("42P01",
					"A table the revision uses does not exist: is an earlier revision missing, or the schema"
						+ " wrong?"),
			Map.entry("42703",
					"A column the revision uses does not exist: check its name and the revision's order."),
			Map.entry("08001",
					"The server could not be reached: check the host and port of the JDBC URL, that PostgreSQL"
						+ " runs there and listens on TCP/IP (listen_addresses), and that no firewall is in the way."),
			Map.entry("08P01",
					"Something answered that does not speak PostgreSQL's protocol: check the port of the JDBC URL"
						+ " (PostgreSQL listens on 5432 by default)."),
			Map.entry("28P01",
					"The server refused the password: check the password given for this user."),
			Map.entry("28000",
					"The server refused this user: it does not exist, or pg_hba.conf does not let it connect from"
						+ " this host to this database."),
			Map.entry("3D000",
					"There is no database of this name on the server: check the database name at the end of the"
						+ " JDBC URL, or create the database (CREATE DATABASE)."),
			Map.entry("53300",
					"The server has no connection slot left (max_connections): close idle sessions or make the"
						+ " connection pools smaller."),
			Map.entry("57P03",
					"The server is starting up, shutting down or recovering: try again in a moment."));

	private SqlStateHints() {
	}

	/** A sentence for the SQLState, or an empty string when there is nothing specific to say. */
	static String hint(String sqlState) {
		return (sqlState != null) ? HINTS.getOrDefault(sqlState, "") : "";
	}

}
