package dev.migrations.core.postgres;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import javax.sql.DataSource;

import dev.migrations.core.operation.Operation;
import dev.migrations.core.operation.Operations;

/** Runs rendered statements and queries on a test database, as the runtime or an offline script would. */
public final class Sql {

	private static final PostgresDdl DDL = new PostgresDdl();

	private final DataSource dataSource;

	public Sql(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	/** Records a revision body, renders it and runs it over JDBC. */
	public void run(Consumer<Operations> revision) throws SQLException {
		run(Operations.record(revision));
	}

	/** Renders the operations and runs them over JDBC. */
	void run(List<Operation> operations) throws SQLException {
		runStatements(DDL.render(operations));
	}

	/**
	 * Runs statements as the runtime does: transactional ones together in one transaction, committed before each
	 * non-transactional one, which runs on its own in autocommit mode; parameters bound, never spliced.
	 */
	void runStatements(List<SqlStatement> statements) throws SQLException {
		try (Connection connection = this.dataSource.getConnection()) {
			connection.setAutoCommit(false);
			for (SqlStatement statement : statements) {
				if (!statement.transactional()) {
					connection.commit();
					connection.setAutoCommit(true);
				}
				execute(connection, statement);
				connection.setAutoCommit(false);
			}
			connection.commit();
		}
	}

	/** Renders the operations as an offline script and runs it line by line, as psql would. */
	void runAsScript(List<Operation> operations) throws SQLException {
		try (Connection connection = this.dataSource.getConnection(); Statement jdbc = connection.createStatement()) {
			for (SqlStatement statement : DDL.render(operations)) {
				jdbc.execute(statement.toScript());
			}
		}
	}

	/** The rows of a query, each as a list of its values as strings (as PostgreSQL prints them). */
	public List<List<String>> rows(String query, Object... parameters) throws SQLException {
		try (Connection connection = this.dataSource.getConnection();
				PreparedStatement statement = connection.prepareStatement(query)) {
			for (int i = 0; i < parameters.length; i++) {
				statement.setObject(i + 1, parameters[i]);
			}
			List<List<String>> rows = new ArrayList<>();
			try (ResultSet result = statement.executeQuery()) {
				int columns = result.getMetaData().getColumnCount();
				while (result.next()) {
					List<String> row = new ArrayList<>();
					for (int c = 1; c <= columns; c++) {
						row.add(result.getString(c));
					}
					rows.add(row);
				}
			}
			return rows;
		}
	}

	/** The single value of a query. */
	public String value(String query, Object... parameters) throws SQLException {
		List<List<String>> rows = rows(query, parameters);
		if (rows.size() != 1 || rows.get(0).size() != 1) {
			throw new IllegalStateException(query + " gave " + rows + ", not one value");
		}
		return rows.get(0).get(0);
	}

	private static void execute(Connection connection, SqlStatement statement) throws SQLException {
		if (statement.parameters().isEmpty()) {
			try (Statement jdbc = connection.createStatement()) {
				jdbc.execute(statement.sql());
			}
			return;
		}
		try (PreparedStatement jdbc = connection.prepareStatement(statement.sql())) {
			statement.bindParameters(jdbc);
			jdbc.execute();
		}
	}

}
