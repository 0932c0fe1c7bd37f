package dev.migrations.core.runtime;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import dev.migrations.core.operation.CreateIndex;
import dev.migrations.core.operation.Operation;
import dev.migrations.core.postgres.Identifiers;

/**
 * What a failed {@code CREATE INDEX CONCURRENTLY} leaves behind: PostgreSQL keeps the index, marked INVALID, which
 * costs writes, is never used, and makes the next attempt fail with "already exists". Dropping it is what the
 * PostgreSQL documentation says to do, so the runtime does it and the revision can simply run again.
 */
final class FailedIndexBuild {

	private FailedIndexBuild() {
	}

	/**
	 * Drops the INVALID index a failed concurrent build of this operation left, on an auto-commit connection.
	 * @return a sentence for the failure report saying what was done; empty when the operation is not a concurrent
	 * index build or left no invalid index
	 */
	static String cleanUp(Connection connection, Operation failed) {
		if (!(failed instanceof CreateIndex create) || !create.concurrently()) {
			return "";
		}
		String index = Identifiers.qualified(create.index().qualifiedName());
		String drop = "DROP INDEX CONCURRENTLY IF EXISTS " + index;
		try {
			if (!isInvalid(connection, index)) {
				return "";
			}
			try (Statement statement = connection.createStatement()) {
				statement.execute(drop);
			}
			return "The failed build left the index INVALID; it was dropped (" + drop + ";).";
		}
		catch (SQLException ex) {
			return "The failed build left the index INVALID and dropping it failed too (SQLState " + ex.getSQLState()
					+ ": " + ex.getMessage() + "): run " + drop + "; before running again.";
		}
	}

	private static boolean isInvalid(Connection connection, String index) throws SQLException {
		try (PreparedStatement statement = connection
			.prepareStatement("SELECT NOT indisvalid FROM pg_index WHERE indexrelid = to_regclass(?)")) {
			statement.setString(1, index);
			try (ResultSet result = statement.executeQuery()) {
				return result.next() && result.getBoolean(1);
			}
		}
	}

}
