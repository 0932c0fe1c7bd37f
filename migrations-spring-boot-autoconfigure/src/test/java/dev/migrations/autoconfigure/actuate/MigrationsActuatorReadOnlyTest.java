package dev.migrations.autoconfigure.actuate;

import static dev.migrations.autoconfigure.actuate.app.ActuatorTestApplication.ACCOUNTS;
import static dev.migrations.autoconfigure.actuate.app.ActuatorTestApplication.REVISIONS;
import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.endpoint.annotation.DeleteOperation;
import org.springframework.boot.actuate.endpoint.annotation.WriteOperation;
import org.springframework.http.HttpMethod;
import org.springframework.test.context.TestPropertySource;

import dev.migrations.autoconfigure.actuate.app.ActuatorAppTest;
import dev.migrations.testsupport.CatalogSnapshot;

/**
 * Nothing the endpoint or health does changes the database, even with the endpoint's access left unrestricted: it
 * declares no write or delete operation, answers every other method with 405, and after every request an empty
 * database is still empty (not even the version table is created) with its revisions still pending.
 */
@ActuatorAppTest
@TestPropertySource(properties = { "migrations.packages=" + REVISIONS, "migrations.mode=none",
		"management.endpoint.migrations.access=unrestricted" })
class MigrationsActuatorReadOnlyTest extends ActuatorOnFreshDatabase {

	private static final List<String> PATHS = List.of("/actuator/migrations", "/actuator/migrations/" + ACCOUNTS,
			"/actuator/migrations/head");

	@Test
	void theEndpointDeclaresOnlyReadOperations() {
		List<Method> changing = Arrays.stream(MigrationsEndpoint.class.getMethods())
			.filter((method) -> method.isAnnotationPresent(WriteOperation.class)
					|| method.isAnnotationPresent(DeleteOperation.class))
			.toList();

		assertThat(changing).isEmpty();
	}

	@Test
	void noRequestChangesTheDatabase() throws SQLException {
		for (String path : PATHS) {
			for (HttpMethod method : List.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH, HttpMethod.DELETE)) {
				this.client.method(method).uri(path).exchange().expectStatus().isEqualTo(405);
			}
			this.client.get().uri(path).exchange();
		}
		this.client.get().uri("/actuator/health").exchange();

		assertThat(CatalogSnapshot.of(database.dataSource()).tableNames()).isEmpty();
		this.client.get().uri("/actuator/migrations").exchange()
			.expectBody()
			.jsonPath("$.contexts.application.migrators.migrator.pending[0].id").isEqualTo(ACCOUNTS);
	}

}
