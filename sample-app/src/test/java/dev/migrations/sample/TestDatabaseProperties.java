package dev.migrations.sample;

import org.springframework.test.context.DynamicPropertyRegistry;

import dev.migrations.testsupport.FreshDatabase;

/** Points the application at a test class's own database, as {@code spring.datasource.*} properties. */
final class TestDatabaseProperties {

	private TestDatabaseProperties() {
	}

	static void register(DynamicPropertyRegistry registry, FreshDatabase database) {
		registry.add("spring.datasource.url", database::jdbcUrl);
		registry.add("spring.datasource.username", database::username);
		registry.add("spring.datasource.password", database::password);
	}

}
