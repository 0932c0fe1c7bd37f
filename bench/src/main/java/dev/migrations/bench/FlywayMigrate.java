package dev.migrations.bench;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;

/** Flyway's {@code migrate} over the SQL files, as Spring Boot runs it at startup (validating on migrate). */
final class FlywayMigrate implements Contender {

	@Override
	public String name() {
		return "Flyway " + ArtifactVersion.of("org.flywaydb", "flyway-core");
	}

	@Override
	public String run(DataSource dataSource, Workload workload) throws FlywayException {
		int executed = Flyway.configure()
			.dataSource(dataSource)
			.locations("filesystem:" + workload.flywayScripts())
			.load()
			.migrate().migrationsExecuted;
		return executed + " applied";
	}

}
