package dev.migrations.bench;

import java.nio.file.Files;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import javax.sql.DataSource;

import org.hibernate.boot.Metadata;

import dev.migrations.core.codegen.FileNameTemplate;
import dev.migrations.core.codegen.GeneratedBody;
import dev.migrations.core.codegen.NewRevision;
import dev.migrations.core.codegen.RevisionWriter;
import dev.migrations.core.diff.CanonicalTarget;
import dev.migrations.core.diff.DiffOptions;
import dev.migrations.core.diff.SchemaChanges;
import dev.migrations.core.diff.SchemaDiff;
import dev.migrations.core.diff.TargetCanonicalizer;
import dev.migrations.core.postgres.catalog.CatalogPrefetch;
import dev.migrations.core.runtime.MigrationSettings;
import dev.migrations.core.schema.DatabaseSchema;
import dev.migrations.hibernate.HibernateSchemaReader;
import dev.migrations.hibernate.MappedSchema;

/**
 * What {@code -Dmigrate.generate} does ({@code SchemaComparison}): asks for the default schema, starts reading the
 * live catalog in the background, builds Hibernate's metadata for the entities and reads it into the schema model,
 * puts what the database holds of it in PostgreSQL's spelling, compares, and writes a revision class when something
 * differs.
 */
final class OursAutogenerate implements Contender {

	@Override
	public String name() {
		return "ours";
	}

	@Override
	public String run(DataSource dataSource, Workload workload) throws Exception {
		String schema;
		try (Connection connection = dataSource.getConnection();
				ResultSet result = connection.createStatement().executeQuery("SELECT current_schema()")) {
			result.next();
			schema = result.getString(1);
		}
		MigrationSettings settings = MigrationSettings.defaults();
		CatalogPrefetch catalog = CatalogPrefetch.start(dataSource, Set.of(schema),
				Set.of(settings.versionTable(), settings.qualifiedHistoryTable()));
		Metadata metadata = HibernateSchemaReader.buildMetadata(workload.entityClasses(), EntityMapping.settings());
		MappedSchema mapped = HibernateSchemaReader.read(metadata, schema);
		SchemaChanges changes;
		try (Connection connection = dataSource.getConnection()) {
			DatabaseSchema live = catalog.read(connection, Set.of(schema));
			CanonicalTarget target = new TargetCanonicalizer().canonicalize(connection, mapped.schema(), live);
			changes = new SchemaDiff(DiffOptions.defaults()).compare(target, live);
		}
		if (changes.isEmpty()) {
			return "no changes";
		}
		new RevisionWriter(Files.createTempDirectory(workload.directory(), "generated"), "generated",
				new FileNameTemplate(FileNameTemplate.DEFAULT))
			.write(new NewRevision(NewRevision.randomId(), List.of(), "bench", Instant.now(), List.of(),
					NewRevision.Kind.GENERATED, new GeneratedBody(changes.upgrade(), changes.downgrade(), schema)));
		return changes.upgrade().size() + " operations";
	}

}
