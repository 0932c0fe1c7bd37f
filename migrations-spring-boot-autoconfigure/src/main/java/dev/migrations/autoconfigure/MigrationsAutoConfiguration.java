package dev.migrations.autoconfigure;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import javax.sql.DataSource;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurationPackages;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.sql.init.dependency.DatabaseInitializationDependencyConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ResourceLoader;

import dev.migrations.core.codegen.FileNameTemplate;
import dev.migrations.core.codegen.RevisionWriter;
import dev.migrations.core.command.MigrationCommands;
import dev.migrations.core.revision.RevisionGraph;
import dev.migrations.core.revision.RevisionSet;
import dev.migrations.core.runtime.MigrationListener;
import dev.migrations.core.runtime.MigrationSettings;
import dev.migrations.core.runtime.Migrator;
import dev.migrations.core.runtime.OfflineScript;
import dev.migrations.core.runtime.TransactionMode;
import dev.migrations.core.schema.QualifiedName;

/**
 * Auto-configuration for database migrations: when a {@link DataSource} exists and {@code migrations.enabled} is
 * not false, scans the revision classes, and applies pending revisions on startup before the JPA
 * {@code EntityManagerFactory} and other schema users are created.
 */
@AutoConfiguration(after = DataSourceAutoConfiguration.class)
@ConditionalOnClass(Migrator.class)
@ConditionalOnBean(DataSource.class)
@ConditionalOnBooleanProperty(name = "migrations.enabled", matchIfMissing = true)
@EnableConfigurationProperties(MigrationsProperties.class)
@Import(DatabaseInitializationDependencyConfigurer.class)
public final class MigrationsAutoConfiguration {

	private static final Log logger = LogFactory.getLog(MigrationsAutoConfiguration.class);

	private static final Set<String> SCHEMA_CHANGING_DDL_AUTO = Set.of("create", "create-drop", "update");

	/**
	 * The revision classes of {@code migrations.packages}, or those of the application's own {@link RevisionGraph}
	 * bean when it declares one (for classes no package scan finds).
	 */
	@Bean
	@ConditionalOnMissingBean
	RevisionSet revisionSet(ObjectProvider<RevisionGraph> revisionGraph, BeanFactory beanFactory,
			MigrationsProperties properties, ResourceLoader resourceLoader) {
		RevisionGraph declared = revisionGraph.getIfUnique();
		return (declared != null) ? RevisionSet.of(declared)
				: new RevisionScanner(resourceLoader.getClassLoader()).scan(packages(beanFactory, properties));
	}

	@Bean
	@ConditionalOnMissingBean
	MigrationSettings migrationSettings(MigrationsProperties properties,
			ObjectProvider<MigrationSettingsCustomizer> customizers) {
		MigrationSettings settings = MigrationSettings.defaults()
			.withVersionTable(QualifiedName.of(properties.getVersionTableSchema(), properties.getVersionTable()))
			.withHistoryTable(properties.getHistoryTable())
			.withTransactionMode(
					properties.isTransactionPerRevision() ? TransactionMode.PER_REVISION : TransactionMode.ALL)
			.withLockWaitTimeout(properties.getLockWaitTimeout())
			.withConnectTimeout(properties.getConnectTimeout())
			.withLockTimeout(properties.getLockTimeout())
			.withStatementTimeout(properties.getStatementTimeout())
			.withValidateChecksums(properties.isValidateChecksums())
			.withTimestampPolicy(properties.getTimestampPolicy());
		for (MigrationSettingsCustomizer customizer : customizers.orderedStream().toList()) {
			settings = customizer.customize(settings);
		}
		return settings;
	}

	@Bean
	@ConditionalOnMissingBean
	Migrator migrator(DataSource dataSource, RevisionSet revisionSet, MigrationSettings migrationSettings,
			ObjectProvider<MigrationListener> listeners) {
		return new Migrator(dataSource, revisionSet, migrationSettings, listeners.orderedStream().toList());
	}

	@Bean
	@ConditionalOnMissingBean
	MigrationCommands migrationCommands(Migrator migrator, RevisionSet revisionSet, MigrationSettings migrationSettings,
			MigrationsProperties properties, BeanFactory beanFactory) {
		String sourcePackage = (properties.getSourcePackage() != null) ? properties.getSourcePackage()
				: packages(beanFactory, properties).get(0) + ".migrations";
		RevisionWriter writer = new RevisionWriter(Path.of(properties.getSourceFolder()), sourcePackage,
				new FileNameTemplate(properties.getFileNameTemplate()));
		return new MigrationCommands(migrator, new OfflineScript(revisionSet, migrationSettings), writer,
				java.time.Clock.systemUTC());
	}

	@Bean
	@ConditionalOnMissingBean
	MigrationsInitializer migrationsInitializer(Migrator migrator, MigrationsProperties properties,
			ConfigurableEnvironment environment) {
		boolean commandMode = MigrateCommand.isPresent(environment);
		warnAboutDdlAuto(environment, commandMode);
		return new MigrationsInitializer(migrator, properties.getMode(), properties.getTarget(), commandMode);
	}

	@Bean
	MigrationsSchemaManagementProvider migrationsSchemaManagementProvider(DataSource dataSource) {
		return new MigrationsSchemaManagementProvider(dataSource);
	}

	private static List<String> packages(BeanFactory beanFactory, MigrationsProperties properties) {
		if (!properties.getPackages().isEmpty()) {
			return properties.getPackages();
		}
		if (!AutoConfigurationPackages.has(beanFactory)) {
			throw new IllegalStateException("No package to scan for revisions: set migrations.packages,"
					+ " or annotate the application with @SpringBootApplication");
		}
		return AutoConfigurationPackages.get(beanFactory);
	}

	private static void warnAboutDdlAuto(Environment environment, boolean commandMode) {
		String ddlAuto = environment.getProperty("spring.jpa.hibernate.ddl-auto");
		if (!commandMode && ddlAuto != null && SCHEMA_CHANGING_DDL_AUTO.contains(ddlAuto.toLowerCase(Locale.ROOT))) {
			logger.warn("spring.jpa.hibernate.ddl-auto=" + ddlAuto + " lets Hibernate change the schema that"
					+ " migrations manage: use validate (or none), and change the schema through revisions");
		}
	}

}
