package dev.migrations.bench;

import java.nio.file.Files;
import java.sql.Connection;
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
import dev.migrations.core.postgres.catalog.PostgresCatalog;
import dev.migrations.core.runtime.MigrationSettings;
import dev.migrations.core.schema.DatabaseSchema;
import dev.migrations.hibernate.HibernateSchemaReader;
import dev.migrations.hibernate.MappedSchema;

/**
 * What {@code -Dmigrate.generate} does: builds Hibernate's metadata for the entities, reads it into the schema
 * model, reads the live catalog, puts what the catalog holds of the model in PostgreSQL's spelling, compares, and
 * writes a revision class when something differs.
 */
final class OursAutogenerate implements Contender {

	private static final String SCHEMA = "public";

	@Override
	public String name() {
		return "ours";
	}

	@Override
	public String run(DataSource dataSource, Workload workload) throws Exception {
		Metadata metadata = HibernateSchemaReader.buildMetadata(workload.entityClasses(), EntityMapping.settings());
		MappedSchema mapped = HibernateSchemaReader.read(metadata, SCHEMA);
		SchemaChanges changes;
		try (Connection connection = dataSource.getConnection()) {
			MigrationSettings settings = MigrationSettings.defaults();
			DatabaseSchema live = new PostgresCatalog().read(connection, Set.of(SCHEMA),
					Set.of(settings.versionTable(), settings.qualifiedHistoryTable()));
			CanonicalTarget target = new TargetCanonicalizer().canonicalize(connection, mapped.schema(), live);
			changes = new SchemaDiff(DiffOptions.defaults()).compare(target, live);
		}
		if (changes.isEmpty()) {
			return "no changes";
		}
		new RevisionWriter(Files.createTempDirectory(workload.directory(), "generated"), "generated",
				new FileNameTemplate(FileNameTemplate.DEFAULT))
			.write(new NewRevision(NewRevision.randomId(), List.of(), "bench", Instant.now(), List.of(),
					NewRevision.Kind.GENERATED, new GeneratedBody(changes.upgrade(), changes.downgrade(), SCHEMA)));
		return changes.upgrade().size() + " operations";
	}

}
