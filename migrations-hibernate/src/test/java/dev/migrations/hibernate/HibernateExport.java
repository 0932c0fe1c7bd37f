package dev.migrations.hibernate;

import java.io.StringWriter;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import org.hibernate.boot.Metadata;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.cfg.JdbcSettings;
import org.hibernate.cfg.SchemaToolingSettings;
import org.hibernate.tool.schema.spi.SchemaManagementToolCoordinator;

/**
 * Hibernate's own PostgreSQL {@code create} script for entity classes, from Hibernate's schema tooling and a
 * metadata of its own: what {@code hibernate.hbm2ddl.auto=create} would run, known without the reader.
 */
final class HibernateExport {

	private HibernateExport() {
	}

	static String createScript(Collection<Class<?>> entities, Map<String, Object> settings) {
		Map<String, Object> offline = new HashMap<>(settings);
		offline.put(JdbcSettings.JAKARTA_HBM2DDL_DB_NAME, "PostgreSQL");
		offline.put(JdbcSettings.ALLOW_METADATA_ON_BOOT, false);
		StandardServiceRegistry registry = new StandardServiceRegistryBuilder().applySettings(offline).build();
		try {
			MetadataSources sources = new MetadataSources(registry);
			entities.forEach(sources::addAnnotatedClass);
			Metadata metadata = sources.buildMetadata();
			StringWriter script = new StringWriter();
			Map<String, Object> export = new HashMap<>(offline);
			export.put(SchemaToolingSettings.JAKARTA_HBM2DDL_SCRIPTS_ACTION, "create");
			export.put(SchemaToolingSettings.JAKARTA_HBM2DDL_SCRIPTS_CREATE_TARGET, script);
			export.put(SchemaToolingSettings.JAKARTA_HBM2DDL_CREATE_SCHEMAS, true);
			export.put(SchemaToolingSettings.HBM2DDL_DELIMITER, ";");
			SchemaManagementToolCoordinator.process(metadata, registry, export, (action) -> {
			});
			return script.toString();
		}
		finally {
			StandardServiceRegistryBuilder.destroy(registry);
		}
	}

}
