package dev.migrations.bench;

import java.util.Map;

/**
 * The Hibernate settings every tool reads the entities with: PostgreSQL and the snake-case physical names that
 * Spring Boot applies by default.
 */
final class EntityMapping {

	static final String DIALECT = "org.hibernate.dialect.PostgreSQLDialect";

	static final String PHYSICAL_NAMING_STRATEGY = "org.hibernate.boot.model.naming.PhysicalNamingStrategySnakeCaseImpl";

	private EntityMapping() {
	}

	static Map<String, Object> settings() {
		return Map.of("hibernate.dialect", DIALECT, "hibernate.physical_naming_strategy", PHYSICAL_NAMING_STRATEGY);
	}

}
