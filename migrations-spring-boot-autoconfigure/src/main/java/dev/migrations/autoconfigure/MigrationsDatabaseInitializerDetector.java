package dev.migrations.autoconfigure;

import java.util.Set;

import org.springframework.boot.sql.init.dependency.AbstractBeansOfTypeDatabaseInitializerDetector;

/**
 * Declares {@link MigrationsInitializer} beans as database initializers, so that everything Spring Boot knows to
 * depend on the database's schema (the JPA {@code EntityManagerFactory}, {@code JdbcTemplate}s, ...) is created
 * after them.
 */
class MigrationsDatabaseInitializerDetector extends AbstractBeansOfTypeDatabaseInitializerDetector {

	@Override
	protected Set<Class<?>> getDatabaseInitializerBeanTypes() {
		return Set.of(MigrationsInitializer.class);
	}

}
