package dev.migrations.bench;

import java.util.Map;

import javax.sql.DataSource;

import liquibase.Scope;
import liquibase.command.CommandScope;
import liquibase.command.core.UpdateCommandStep;
import liquibase.command.core.helpers.DbUrlConnectionArgumentsCommandStep;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.DirectoryResourceAccessor;
import liquibase.util.LiquibaseUtil;

/** Liquibase's {@code update} over the formatted SQL changelog, as Spring Boot runs it at startup. */
final class LiquibaseUpdate implements Contender {

	@Override
	public String name() {
		return "Liquibase " + LiquibaseUtil.getBuildVersion();
	}

	@Override
	public String run(DataSource dataSource, Workload workload) throws Exception {
		try (Database database = DatabaseFactory.getInstance()
			.findCorrectDatabaseImplementation(new JdbcConnection(dataSource.getConnection()))) {
			Scope.child(Map.of(Scope.Attr.resourceAccessor.name(),
					new DirectoryResourceAccessor(workload.liquibaseChangelogs())), () -> new CommandScope(
							UpdateCommandStep.COMMAND_NAME)
						.addArgumentValue(DbUrlConnectionArgumentsCommandStep.DATABASE_ARG, database)
						.addArgumentValue(UpdateCommandStep.CHANGELOG_FILE_ARG, Workload.liquibaseChangelog())
						.execute());
		}
		return "updated";
	}

}
