package dev.migrations.bench;

import java.util.HashMap;
import java.util.Map;

import javax.sql.DataSource;

import org.hibernate.Version;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.tool.schema.spi.SchemaManagementToolCoordinator;

/**
 * Hibernate's own schema tooling on the database: builds the metadata for the entities, then runs one
 * {@code hibernate.hbm2ddl.auto} action ({@code validate} to compare, {@code create} to make a database that
 * matches the entities).
 */
final class HibernateSchemaTool implements Contender {

	private final String action;

	HibernateSchemaTool(String action) {
		this.action = action;
	}

	@Override
	public String name() {
		return "Hibernate " + Version.getVersionString() + " " + this.action;
	}

	@Override
	public String run(DataSource dataSource, Workload workload) throws Exception {
		Map<String, Object> settings = new HashMap<>(EntityMapping.settings());
		settings.put("hibernate.connection.datasource", dataSource);
		settings.put("hibernate.hbm2ddl.auto", this.action);
		StandardServiceRegistry registry = new StandardServiceRegistryBuilder().applySettings(settings).build();
		try {
			MetadataSources sources = new MetadataSources(registry);
			workload.entityClasses().forEach(sources::addAnnotatedClass);
			Metadata metadata = sources.buildMetadata();
			SchemaManagementToolCoordinator.process(metadata, registry, settings, (drop) -> {
			});
			return this.action + " passed";
		}
		finally {
			StandardServiceRegistryBuilder.destroy(registry);
		}
	}

}
