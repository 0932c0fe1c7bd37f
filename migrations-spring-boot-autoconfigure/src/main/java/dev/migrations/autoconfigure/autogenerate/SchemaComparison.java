package dev.migrations.autoconfigure.autogenerate;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.migrations.core.diff.CanonicalTarget;
import dev.migrations.core.diff.DiffOptions;
import dev.migrations.core.diff.SchemaChanges;
import dev.migrations.core.diff.SchemaDiff;
import dev.migrations.core.diff.TargetCanonicalizer;
import dev.migrations.core.postgres.catalog.PostgresCatalog;
import dev.migrations.core.revision.RevisionScript;
import dev.migrations.core.runtime.MigrationException;
import dev.migrations.core.runtime.MigrationSettings;
import dev.migrations.core.runtime.Migrator;
import dev.migrations.core.schema.QualifiedName;
import dev.migrations.core.schema.Table;
import dev.migrations.hibernate.MappedSchema;

/**
 * Compares the application's JPA mapping with the live database: what {@code -Dmigrate.generate} writes as a revision
 * and {@code -Dmigrate.check} reports. What the database holds of the mapping is put in PostgreSQL's spelling by
 * building it in a rolled-back transaction, so only real differences show.
 */
public final class SchemaComparison {

	private static final Logger logger = LoggerFactory.getLogger(SchemaComparison.class);

	private final DataSource dataSource;

	private final Migrator migrator;

	private final MigrationSettings settings;

	private final MappingReader mapping;

	private final DiffOptions options;

	private final List<String> extraSchemas;

	SchemaComparison(DataSource dataSource, Migrator migrator, MigrationSettings settings, MappingReader mapping,
			DiffOptions options, List<String> extraSchemas) {
		this.dataSource = dataSource;
		this.migrator = migrator;
		this.settings = settings;
		this.mapping = mapping;
		this.options = options;
		this.extraSchemas = extraSchemas;
	}

	/** Whether the application maps any entity: without one there is nothing to compare. */
	public boolean mapsEntities() {
		return this.mapping.mapsEntities();
	}

	/**
	 * The changes that bring the database to the mapping; refuses, as Alembic does, when revisions are pending: the
	 * comparison must start from the head. Refuses an application that maps no entity.
	 */
	public Result compare() {
		if (!mapsEntities()) {
			throw new MigrationException("No JPA entity is mapped, so there is nothing to compare the database with:"
					+ " are the entities in a package Spring Boot scans (the application's packages, or @EntityScan)?");
		}
		List<RevisionScript> pending = this.migrator.pending("heads");
		if (!pending.isEmpty()) {
			throw new MigrationException("Target database is not up to date: " + pending.size()
					+ " revision(s) pending (" + String.join(", ", pending.stream().map(RevisionScript::id).toList())
					+ "). Run -Dmigrate.upgrade=head first, then generate.");
		}
		return compareAtHead();
	}

	/** The comparison itself, for a caller that has found the application maps entities and nothing is pending. */
	Result compareAtHead() {
		try (Connection connection = this.dataSource.getConnection()) {
			long started = System.nanoTime();
			String defaultSchema = currentSchema(connection);
			MappedSchema mapped = this.mapping.read(connection.getMetaData().getDatabaseMajorVersion(), defaultSchema);
			Set<String> schemas = new LinkedHashSet<>();
			schemas.add(defaultSchema);
			mapped.schema().tables().stream().map(Table::name).map(QualifiedName::schema).forEach(schemas::add);
			schemas.addAll(this.extraSchemas);
			var live = new PostgresCatalog().read(connection, schemas, bookkeeping());
			// only what the database holds needs PostgreSQL's spelling: what it lacks is created as written
			CanonicalTarget target = new TargetCanonicalizer().canonicalize(connection, mapped.schema(), live);
			SchemaChanges changes = new SchemaDiff(this.options.withDefaultSchema(defaultSchema)
				.withOrigins(mapped.columnOrigins())).compare(target, live);
			logger.info("Compared {} mapped table(s) with schema(s) {} in {} ms", mapped.schema().tables().size(),
					schemas, (System.nanoTime() - started) / 1_000_000);
			return new Result(changes, defaultSchema);
		}
		catch (SQLException ex) {
			throw new MigrationException("Could not compare the mapping with the database: SQLState " + ex.getSQLState()
					+ ": " + ex.getMessage(), null, null, ex.getSQLState(), ex);
		}
	}

	private Set<QualifiedName> bookkeeping() {
		return Set.of(this.settings.versionTable(), this.settings.qualifiedHistoryTable());
	}

	private static String currentSchema(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery("SELECT current_schema()")) {
			result.next();
			return result.getString(1);
		}
	}


	/**
	 * What a comparison found.
	 *
	 * @param changes the changes, empty when the mapping and the database agree
	 * @param defaultSchema the schema unqualified names resolve to
	 */
	public record Result(SchemaChanges changes, String defaultSchema) {

	}

}
