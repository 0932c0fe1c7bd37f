package dev.migrations.core.runtime;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Reads the runtime's own tables, which may not exist yet: a missing table reads as no rows. Needs an
 * auto-commit connection (a failed statement would otherwise abort the surrounding transaction).
 */
final class BookkeepingQuery {

	private static final String UNDEFINED_TABLE = "42P01";

	private BookkeepingQuery() {
	}

	static void forEachRow(Connection connection, String sql, RowHandler handler) throws SQLException {
		try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
			while (result.next()) {
				handler.handle(result);
			}
		}
		catch (SQLException ex) {
			if (!UNDEFINED_TABLE.equals(ex.getSQLState())) {
				throw ex;
			}
		}
	}

	interface RowHandler {

		void handle(ResultSet result) throws SQLException;

	}

}
