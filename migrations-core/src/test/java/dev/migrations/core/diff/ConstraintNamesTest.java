package dev.migrations.core.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.migrations.core.postgres.catalog.PostgresCatalog;
import dev.migrations.core.schema.Constraint;
import dev.migrations.core.schema.DatabaseSchema;
import dev.migrations.core.schema.Table;
import dev.migrations.testsupport.FreshDatabase;

/** The names {@link ConstraintNames} gives are those PostgreSQL gives unnamed constraints, long names included. */
class ConstraintNamesTest {

	@RegisterExtension
	static final FreshDatabase database = new FreshDatabase();

	@Test
	void everyUnnamedConstraintIsNamedAsPostgresqlNamesIt() throws SQLException {
		String longColumn = "the_external_identifier_issued_by_the_upstream_provider";
		String longTable = "a_table_whose_name_takes_most_of_what_postgresql_allows_for_it";
		try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
			statement.execute("CREATE TABLE parent (id bigint PRIMARY KEY, code text UNIQUE)");
			statement.execute("CREATE TABLE account (id bigint PRIMARY KEY, " + longColumn + " text UNIQUE,"
					+ " tenant text, login text, parent_id bigint REFERENCES parent, age int CHECK (age >= 0),"
					+ " UNIQUE (tenant, login), CHECK (tenant <> login))");
			statement.execute("CREATE TABLE " + longTable + " (id bigint PRIMARY KEY, " + longColumn
					+ " bigint REFERENCES parent, \"Ünïcödé_äöü_column_name_with_two_byte_characters\" text UNIQUE)");
			DatabaseSchema schema = new PostgresCatalog().read(connection, Set.of("public"), Set.of());

			for (Table table : schema.tables()) {
				for (Constraint constraint : table.constraints()) {
					assertThat(ConstraintNames.conventional(table, constraint)).as("name of %s", constraint)
						.isEqualTo(constraint.name());
				}
			}
		}
	}

}
