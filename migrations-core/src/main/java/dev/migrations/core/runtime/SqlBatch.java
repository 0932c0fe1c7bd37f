package dev.migrations.core.runtime;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/** Plain SQL statements sent to the server as one JDBC batch: one round trip, stopped by the first error. */
final class SqlBatch {

	private SqlBatch() {
	}

	static void execute(Connection connection, List<String> statements) throws SQLException {
		try (Statement batch = connection.createStatement()) {
			for (String sql : statements) {
				batch.addBatch(sql);
			}
			batch.executeBatch();
		}
	}

}
