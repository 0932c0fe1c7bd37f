package dev.migrations.autoconfigure.actuate;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.client.RestTestClient;

import dev.migrations.autoconfigure.actuate.app.ActuatorTestApplication;
import dev.migrations.testsupport.FreshDatabase;

/**
 * What the tests of the actuator application on a database of their own share: the database (a fresh one per test
 * class), the client bound to the application, and where the {@code migrations} endpoint describes its migrator.
 * Each test class says with {@code @ActuatorAppTest} and its properties how the application starts.
 */
abstract class ActuatorOnFreshDatabase {

	/** The JSON path of the application's migrator in the {@code migrations} endpoint's answer. */
	static final String MIGRATOR = "$.contexts.application.migrators.migrator";

	@RegisterExtension
	static final FreshDatabase database = new FreshDatabase();

	@Autowired
	RestTestClient client;

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		ActuatorTestApplication.useDatabase(database, registry);
	}

}
