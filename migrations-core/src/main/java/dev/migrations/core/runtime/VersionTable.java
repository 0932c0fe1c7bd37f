package dev.migrations.core.runtime;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import dev.migrations.core.postgres.Identifiers;
import dev.migrations.core.postgres.Literals;
import dev.migrations.core.schema.QualifiedName;

/**
 * The table holding one row per current head, with Alembic's layout ({@code version_num varchar(32)}), so that
 * pointing it at {@code alembic_version} takes over an Alembic-managed database. Statements are plain SQL text so
 * the offline script and the runtime run the same thing.
 */
final class VersionTable {

	private final QualifiedName name;

	VersionTable(QualifiedName name) {
		this.name = name;
	}

	QualifiedName name() {
		return this.name;
	}

	List<String> createStatements() {
		List<String> statements = new ArrayList<>();
		if (this.name.schema() != null) {
			statements.add("CREATE SCHEMA IF NOT EXISTS " + Identifiers.quote(this.name.schema()));
		}
		statements.add("CREATE TABLE IF NOT EXISTS " + Identifiers.qualified(this.name)
				+ " (version_num varchar(32) NOT NULL, CONSTRAINT " + Identifiers.quote(this.name.name() + "_pkc")
				+ " PRIMARY KEY (version_num))");
		return statements;
	}

	/** The statements that turn the rows {@code before} into {@code after}. */
	List<String> updateStatements(Set<String> before, Set<String> after) {
		List<String> statements = new ArrayList<>();
		Set<String> removed = new TreeSet<>(before);
		removed.removeAll(after);
		Set<String> added = new TreeSet<>(after);
		added.removeAll(before);
		if (removed.size() == 1 && added.size() == 1) { // a step along one branch, as Alembic writes it
			statements.add("UPDATE " + Identifiers.qualified(this.name) + " SET version_num = "
					+ Literals.literal(added.iterator().next()) + " WHERE version_num = "
					+ Literals.literal(removed.iterator().next()));
			return statements;
		}
		if (!removed.isEmpty()) {
			statements.add("DELETE FROM " + Identifiers.qualified(this.name) + " WHERE version_num IN ("
					+ String.join(", ", removed.stream().map(Literals::literal).toList()) + ")");
		}
		if (!added.isEmpty()) {
			statements.add("INSERT INTO " + Identifiers.qualified(this.name) + " (version_num) VALUES "
					+ String.join(", ", added.stream().map((id) -> "(" + Literals.literal(id) + ")").toList()));
		}
		return statements;
	}

	/** The current rows; empty when the table does not exist yet. Needs an auto-commit connection. */
	Set<String> read(Connection connection) throws SQLException {
		Set<String> rows = new LinkedHashSet<>();
		BookkeepingQuery.forEachRow(connection,
				"SELECT version_num FROM " + Identifiers.qualified(this.name) + " ORDER BY 1",
				(result) -> rows.add(result.getString(1)));
		return rows;
	}

}
