package dev.migrations.autoconfigure.autogenerate;

import java.util.HashMap;
import java.util.Map;

import javax.sql.DataSource;

import org.hibernate.boot.Metadata;
import org.hibernate.boot.model.naming.ImplicitNamingStrategy;
import org.hibernate.boot.model.naming.PhysicalNamingStrategy;
import org.hibernate.cfg.MappingSettings;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration;
import org.springframework.boot.hibernate.autoconfigure.HibernateProperties;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.boot.hibernate.autoconfigure.HibernateSettings;
import org.springframework.boot.jpa.autoconfigure.JpaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ResourceLoader;
import org.springframework.orm.jpa.persistenceunit.PersistenceManagedTypes;

import dev.migrations.autoconfigure.MigrationsAutoConfiguration;
import dev.migrations.autoconfigure.MigrationsProperties;
import dev.migrations.core.command.MigrationCommands;
import dev.migrations.core.diff.DiffOptions;
import dev.migrations.core.diff.ObjectFilter;
import dev.migrations.core.runtime.MigrationSettings;
import dev.migrations.core.runtime.Migrator;
import dev.migrations.hibernate.HibernateSchemaReader;

/**
 * Autogenerate for applications that map their schema with JPA through Hibernate: a {@link SchemaComparison} of the
 * entities Spring Boot scans with the live database, behind the {@code generate} command and a {@code check} that
 * fails on drift. An {@link ObjectFilter} bean narrows what is compared, as
 * Alembic's {@code include_object} does.
 */
@AutoConfiguration(after = { MigrationsAutoConfiguration.class, HibernateJpaAutoConfiguration.class })
@ConditionalOnClass({ Metadata.class, HibernateSchemaReader.class, PersistenceManagedTypes.class, JpaProperties.class })
@ConditionalOnBean({ Migrator.class, PersistenceManagedTypes.class })
public final class MigrationsAutogenerateAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	SchemaComparison schemaComparison(DataSource dataSource, Migrator migrator, MigrationSettings migrationSettings,
			MigrationsProperties properties, PersistenceManagedTypes managedTypes, JpaProperties jpaProperties,
			ObjectProvider<HibernateProperties> hibernateProperties,
			ObjectProvider<HibernatePropertiesCustomizer> customizers, ObjectProvider<ObjectFilter> filters,
			ObjectProvider<PhysicalNamingStrategy> physicalNaming, ObjectProvider<ImplicitNamingStrategy> implicitNaming,
			ResourceLoader resourceLoader) {
		Map<String, Object> settings = new HashMap<>(hibernateProperties.getIfAvailable(HibernateProperties::new)
			.determineHibernateProperties(jpaProperties.getProperties(),
					new HibernateSettings().ddlAuto(() -> "none")
						.hibernatePropertiesCustomizers(customizers.orderedStream().toList())));
		physicalNaming.ifAvailable((strategy) -> settings.put(MappingSettings.PHYSICAL_NAMING_STRATEGY, strategy));
		implicitNaming.ifAvailable((strategy) -> settings.put(MappingSettings.IMPLICIT_NAMING_STRATEGY, strategy));
		MigrationsProperties.Autogenerate autogenerate = properties.getAutogenerate();
		ObjectFilter excluded = new ExcludePatterns(autogenerate.getExclude());
		ObjectFilter filter = filters.orderedStream()
			.reduce(excluded, (a, b) -> (kind, name) -> a.include(kind, name) && b.include(kind, name));
		DiffOptions options = DiffOptions.defaults()
			.withFilter(filter)
			.withDropUnmapped(autogenerate.isDropUnmapped())
			.withTimestampPolicy(migrationSettings.timestampPolicy());
		return new SchemaComparison(dataSource, migrator, migrationSettings,
				new MappingReader(managedTypes, settings, resourceLoader.getClassLoader()), options,
				autogenerate.getSchemas());
	}

	@Bean
	AutogenerateCommand autogenerateCommand(SchemaComparison schemaComparison, MigrationCommands migrationCommands) {
		return new AutogenerateCommand(schemaComparison, migrationCommands);
	}

	@Bean
	@Order(1)
	SchemaDriftCheck schemaDriftCheck(SchemaComparison schemaComparison, Migrator migrator) {
		return new SchemaDriftCheck(schemaComparison, migrator);
	}

}
