package dev.migrations.core.postgres.catalog;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import javax.sql.DataSource;

import dev.migrations.core.schema.DatabaseSchema;
import dev.migrations.core.schema.QualifiedName;

/**
 * The live catalog of the schemas known up front, read on a connection of its own in the background while the
 * caller does something long that does not need it, such as building Hibernate's metadata (about a second for a
 * few hundred entities, on one core). {@link #read} then hands it over, or reads again when the caller turned out to
 * need more schemas.
 */
public final class CatalogPrefetch {

	private final Set<String> schemas;

	private final Set<QualifiedName> excludedTables;

	private final CompletableFuture<DatabaseSchema> prefetched;

	private CatalogPrefetch(Set<String> schemas, Set<QualifiedName> excludedTables,
			CompletableFuture<DatabaseSchema> prefetched) {
		this.schemas = Set.copyOf(schemas);
		this.excludedTables = Set.copyOf(excludedTables);
		this.prefetched = prefetched;
	}

	/** Starts reading the schemas, leaving out the tables, on a connection of the data source's own. */
	public static CatalogPrefetch start(DataSource dataSource, Set<String> schemas, Set<QualifiedName> excludedTables) {
		return new CatalogPrefetch(schemas, excludedTables, CompletableFuture.supplyAsync(() -> {
			try (Connection connection = dataSource.getConnection()) {
				return new PostgresCatalog().read(connection, schemas, excludedTables);
			}
			catch (SQLException ex) {
				throw new CompletionException(ex);
			}
		}));
	}

	/**
	 * The catalog of these schemas: the one read in the background when it read exactly them, otherwise read now on
	 * the connection. A failure of the background read is thrown here, as the {@link SQLException} it was.
	 */
	public DatabaseSchema read(Connection connection, Set<String> schemas) throws SQLException {
		if (!this.schemas.equals(schemas)) {
			this.prefetched.cancel(false);
			return new PostgresCatalog().read(connection, schemas, this.excludedTables);
		}
		try {
			return this.prefetched.join();
		}
		catch (CompletionException ex) {
			if (ex.getCause() instanceof SQLException cause) {
				throw cause;
			}
			throw ex;
		}
	}

}
