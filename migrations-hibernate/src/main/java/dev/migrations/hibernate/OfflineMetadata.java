package dev.migrations.hibernate;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import org.hibernate.boot.Metadata;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.cfg.JdbcSettings;

/**
 * Builds Hibernate's boot {@link Metadata} for PostgreSQL without a database: the dialect is chosen from the product
 * name and major version that the settings give (PostgreSQL and the dialect's minimum by default) and Hibernate may
 * not open a connection to ask. The service registry is closed once the metadata is built: what is left describes
 * the mapping, which is all the schema reader needs.
 */
final class OfflineMetadata {

	private OfflineMetadata() {
	}

	static Metadata build(Collection<Class<?>> annotatedClasses, Collection<String> packageNames,
			Map<String, ?> settings) {
		StandardServiceRegistry registry = new StandardServiceRegistryBuilder().applySettings(offline(settings)).build();
		try {
			MetadataSources sources = new MetadataSources(registry);
			annotatedClasses.forEach(sources::addAnnotatedClass);
			packageNames.forEach(sources::addPackage);
			return sources.buildMetadata();
		}
		finally {
			StandardServiceRegistryBuilder.destroy(registry);
		}
	}

	private static Map<String, Object> offline(Map<String, ?> settings) {
		Map<String, Object> offline = new HashMap<>();
		offline.put(JdbcSettings.JAKARTA_HBM2DDL_DB_NAME, "PostgreSQL");
		offline.putAll(settings);
		offline.computeIfPresent(JdbcSettings.JAKARTA_HBM2DDL_DB_MAJOR_VERSION, (key, version) -> version.toString());
		offline.put(JdbcSettings.ALLOW_METADATA_ON_BOOT, false);
		return offline;
	}

}
