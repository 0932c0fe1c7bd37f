package dev.migrations.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

import javax.sql.DataSource;

/** The floor of any check: one {@code select 1} round trip on an open connection. */
final class SelectOne implements Contender {

	@Override
	public String name() {
		return "select 1";
	}

	@Override
	public String run(DataSource dataSource, Workload workload) throws Exception {
		try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery("select 1")) {
			result.next();
			return "1 row";
		}
	}

}
