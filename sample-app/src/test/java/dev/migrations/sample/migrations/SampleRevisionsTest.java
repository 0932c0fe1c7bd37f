package dev.migrations.sample.migrations;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.migrations.core.runtime.Migrator;
import dev.migrations.testsupport.CatalogSnapshot;
import dev.migrations.testsupport.FreshDatabase;

class SampleRevisionsTest {

	@RegisterExtension
	static final FreshDatabase database = new FreshDatabase();

	@Test
	void eachDowngradeRestoresTheCatalogItsUpgradeFound() throws SQLException {
		DataSource dataSource = database.newDatabase().dataSource();
		Migrator migrator = SampleRevisions.migrator(dataSource);
		List<CatalogSnapshot> before = new ArrayList<>();
		for (int step = 0; step < 3; step++) {
			before.add(catalog(dataSource));
			migrator.upgrade("+1");
		}
		assertThat(migrator.currentRevisions()).containsExactly(SampleRevisions.LOWER_CASE_EMAILS);

		for (int step = 2; step >= 0; step--) {
			migrator.downgrade("-1");
			assertThat(catalog(dataSource)).isEqualTo(before.get(step));
		}
		assertThat(migrator.currentRevisions()).isEmpty();
	}

	@Test
	void theInitialSchemaHasNoPhoneNumberAndTheSecondRevisionAddsIt() throws SQLException {
		DataSource dataSource = database.newDatabase().dataSource();
		Migrator migrator = SampleRevisions.migrator(dataSource);

		migrator.upgrade(SampleRevisions.INITIAL_SCHEMA);
		assertThat(columnsOf(dataSource, "users")).containsExactly("id", "email", "created_at", "updated_at");

		migrator.upgrade(SampleRevisions.PHONE_NUMBER);
		assertThat(columnsOf(dataSource, "users")).containsExactly("id", "email", "created_at", "updated_at",
				"phone_number");
	}

	@Test
	void everyDatetimeColumnIsTimestamptz() throws SQLException {
		DataSource dataSource = database.newDatabase().dataSource();
		SampleRevisions.migrator(dataSource).upgrade("head");

		List<String> datetimeColumns = query(dataSource,
				"SELECT table_name || '.' || column_name || ' ' || data_type FROM information_schema.columns"
						+ " WHERE table_schema = 'public' AND table_name NOT LIKE 'migrations_%'"
						+ " AND data_type LIKE 'timestamp%' ORDER BY 1");
		assertThat(datetimeColumns).containsExactly("audit_log.occurred_at timestamp with time zone",
				"provider_connections.created_at timestamp with time zone",
				"tokens.created_at timestamp with time zone", "tokens.expires_at timestamp with time zone",
				"users.created_at timestamp with time zone", "users.updated_at timestamp with time zone");
	}

	private static CatalogSnapshot catalog(DataSource dataSource) throws SQLException {
		return CatalogSnapshot.of(dataSource, "migrations_version", "migrations_history");
	}

	private static List<String> columnsOf(DataSource dataSource, String table) throws SQLException {
		return query(dataSource, "SELECT column_name FROM information_schema.columns WHERE table_schema = 'public'"
				+ " AND table_name = '" + table + "' ORDER BY ordinal_position");
	}

	private static List<String> query(DataSource dataSource, String sql) throws SQLException {
		List<String> values = new ArrayList<>();
		try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery(sql)) {
			while (rows.next()) {
				values.add(rows.getString(1));
			}
		}
		return values;
	}

}
