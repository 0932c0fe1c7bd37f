package dev.migrations.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import javax.sql.DataSource;

import liquibase.Scope;
import liquibase.command.CommandScope;
import liquibase.command.core.DiffChangelogCommandStep;
import liquibase.command.core.helpers.DbUrlConnectionArgumentsCommandStep;
import liquibase.command.core.helpers.ReferenceDbUrlConnectionCommandStep;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.DirectoryResourceAccessor;
import liquibase.resource.ResourceAccessor;

/**
 * Liquibase's {@code diffChangelog} with the liquibase-hibernate7 extension: the entity package (scanned by Spring,
 * as {@code hibernate:spring:} URLs do) is the reference, the database the target, and the differences are written
 * as a changelog.
 */
final class LiquibaseHibernateDiff implements Contender {

	@Override
	public String name() {
		return "liquibase-hibernate7 " + ArtifactVersion.of("org.liquibase.ext", "liquibase-hibernate7");
	}

	@Override
	public String run(DataSource dataSource, Workload workload) throws Exception {
		Path output = Files.createTempDirectory(workload.directory(), "liquibase-diff");
		ResourceAccessor accessor = new DirectoryResourceAccessor(output);
		String reference = "hibernate:spring:" + Workload.ENTITY_PACKAGE + "?dialect=" + EntityMapping.DIALECT
				+ "&hibernate.physical_naming_strategy=" + EntityMapping.PHYSICAL_NAMING_STRATEGY;
		try (Database mapping = DatabaseFactory.getInstance().openDatabase(reference, null, null, null, accessor);
				Database database = DatabaseFactory.getInstance()
					.findCorrectDatabaseImplementation(new JdbcConnection(dataSource.getConnection()))) {
			Scope.child(Map.of(Scope.Attr.resourceAccessor.name(), accessor),
					() -> new CommandScope(DiffChangelogCommandStep.COMMAND_NAME)
						.addArgumentValue(ReferenceDbUrlConnectionCommandStep.REFERENCE_DATABASE_ARG, mapping)
						.addArgumentValue(DbUrlConnectionArgumentsCommandStep.DATABASE_ARG, database)
						.addArgumentValue(DiffChangelogCommandStep.CHANGELOG_FILE_ARG,
								output.resolve("changelog.xml").toString())
						.execute());
		}
		Path changelog = output.resolve("changelog.xml");
		int changeSets = Files.exists(changelog) ? Files.readString(changelog).split("<changeSet ", -1).length - 1 : 0;
		return changeSets + " changesets";
	}

}
