package dev.migrations.core.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.postgresql.ds.PGSimpleDataSource;

import dev.migrations.core.postgres.catalog.CatalogPrefetch;
import dev.migrations.core.postgres.catalog.PostgresCatalog;
import dev.migrations.core.schema.DatabaseSchema;
import dev.migrations.core.schema.QualifiedName;
import dev.migrations.core.schema.Table;
import dev.migrations.testsupport.FreshDatabase;

/** The catalog read in the background is the one read in the foreground, or is read again when it cannot be. */
class CatalogPrefetchTest {

	private static final Set<QualifiedName> NOTHING_EXCLUDED = Set.of();

	@RegisterExtension
	static final FreshDatabase database = new FreshDatabase();

	@BeforeAll
	static void createSchemas() throws SQLException {
		try (Connection connection = database.dataSource().getConnection()) {
			connection.createStatement().execute("CREATE TABLE public.accounts (id bigint PRIMARY KEY, email text NOT NULL);"
					+ " CREATE SCHEMA billing; CREATE TABLE billing.invoices (id bigint PRIMARY KEY)");
		}
	}

	@Test
	void theSchemasReadInTheBackgroundComeOutAsTheCatalogReadsThem() throws SQLException {
		CatalogPrefetch prefetch = CatalogPrefetch.start(database.dataSource(), Set.of("public"), NOTHING_EXCLUDED);

		try (Connection connection = database.dataSource().getConnection()) {
			DatabaseSchema prefetched = prefetch.read(connection, Set.of("public"));

			assertThat(prefetched).isEqualTo(new PostgresCatalog().read(connection, Set.of("public"), NOTHING_EXCLUDED));
			assertThat(prefetched.tables()).extracting(Table::name).containsExactly(QualifiedName.of("public", "accounts"));
		}
	}

	@Test
	void moreSchemasThanWerePrefetchedAreReadAgain() throws SQLException {
		CatalogPrefetch prefetch = CatalogPrefetch.start(database.dataSource(), Set.of("public"), NOTHING_EXCLUDED);

		try (Connection connection = database.dataSource().getConnection()) {
			DatabaseSchema both = prefetch.read(connection, Set.of("public", "billing"));

			assertThat(both.tables()).extracting(Table::name).containsExactlyInAnyOrder(
					QualifiedName.of("public", "accounts"), QualifiedName.of("billing", "invoices"));
		}
	}

	@Test
	void aFailedBackgroundReadIsThrownWhenTheCatalogIsAskedFor() throws SQLException {
		PGSimpleDataSource wrongPassword = new PGSimpleDataSource();
		wrongPassword.setUrl(database.jdbcUrl());
		wrongPassword.setUser("no_such_user");
		wrongPassword.setPassword("wrong");
		CatalogPrefetch prefetch = CatalogPrefetch.start(wrongPassword, Set.of("public"), NOTHING_EXCLUDED);

		try (Connection connection = database.dataSource().getConnection()) {
			assertThatExceptionOfType(SQLException.class).isThrownBy(() -> prefetch.read(connection, Set.of("public")))
				.satisfies((ex) -> assertThat(ex.getSQLState()).startsWith("28"));
		}
	}

}
