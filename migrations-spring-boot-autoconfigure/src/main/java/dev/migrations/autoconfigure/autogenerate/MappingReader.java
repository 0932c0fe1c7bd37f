package dev.migrations.autoconfigure.autogenerate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.hibernate.boot.Metadata;
import org.springframework.orm.jpa.persistenceunit.PersistenceManagedTypes;
import org.springframework.util.ClassUtils;

import dev.migrations.hibernate.HibernateSchemaReader;
import dev.migrations.hibernate.MappedSchema;

/**
 * Reads the application's JPA mapping the way its {@code EntityManagerFactory} would see it (the entities Spring Boot
 * scanned, the Hibernate settings Boot derives from {@code spring.jpa.*}), without building one and without touching
 * the database.
 */
final class MappingReader {

	private final PersistenceManagedTypes managedTypes;

	private final Map<String, Object> hibernateSettings;

	private final ClassLoader classLoader;

	MappingReader(PersistenceManagedTypes managedTypes, Map<String, Object> hibernateSettings, ClassLoader classLoader) {
		this.managedTypes = managedTypes;
		this.hibernateSettings = hibernateSettings;
		this.classLoader = classLoader;
	}

	/** Whether the application maps any entity at all. */
	boolean mapsEntities() {
		return !this.managedTypes.getManagedClassNames().isEmpty();
	}

	MappedSchema read(int serverMajorVersion, String defaultSchema) {
		List<Class<?>> classes = new ArrayList<>();
		for (String name : this.managedTypes.getManagedClassNames()) {
			classes.add(ClassUtils.resolveClassName(name, this.classLoader));
		}
		Map<String, Object> settings = new HashMap<>(this.hibernateSettings);
		settings.put("jakarta.persistence.database-major-version", String.valueOf(serverMajorVersion));
		Metadata metadata = HibernateSchemaReader.buildMetadata(classes, this.managedTypes.getManagedPackages(),
				settings);
		return HibernateSchemaReader.read(metadata, defaultSchema);
	}

}
