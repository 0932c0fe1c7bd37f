package dev.migrations.autoconfigure.actuate;

import static dev.migrations.autoconfigure.actuate.app.ActuatorTestApplication.REVISIONS;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.client.RestTestClient;

import dev.migrations.autoconfigure.actuate.app.ActuatorAppTest;
import dev.migrations.testsupport.FreshDatabase;
import dev.migrations.testsupport.PasswordRole;

/**
 * A database that refuses the application's password: health is DOWN and says the password was refused for the
 * user, and no response quotes the password given, nor the right one.
 */
@ActuatorAppTest
@TestPropertySource(properties = { "migrations.packages=" + REVISIONS, "migrations.mode=none",
		"spring.datasource.hikari.connection-timeout=250" })
class MigrationsActuatorWrongPasswordTest {

	private static final String WRONG_PASSWORD = "wrong-secret";

	@RegisterExtension
	static final FreshDatabase database = new FreshDatabase();

	private static PasswordRole role;

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", database::jdbcUrl);
		registry.add("spring.datasource.username", () -> role().name());
		registry.add("spring.datasource.password", () -> WRONG_PASSWORD);
	}

	/** The role, created once the class's database exists, when the application's context starts. */
	private static PasswordRole role() {
		if (role == null) {
			try {
				role = PasswordRole.create(database.newDatabase());
			}
			catch (SQLException ex) {
				throw new IllegalStateException(ex);
			}
		}
		return role;
	}

	@AfterAll
	static void dropRole() throws SQLException {
		role.close();
	}

	@Autowired
	private RestTestClient client;

	@Test
	void healthIsDownSayingThePasswordWasRefused() {
		this.client.get().uri("/actuator/health/migrations").exchange()
			.expectStatus().isEqualTo(503)
			.expectBody()
			.jsonPath("$.details.error").value(String.class, (error) -> assertThat(error)
				.contains("SQLState 28P01", "password authentication failed for user \"" + role().name() + "\""));
	}

	@Test
	void noResponseQuotesAPassword() {
		for (String path : List.of("/actuator/health", "/actuator/migrations", "/actuator/migrations/head")) {
			String body = this.client.get().uri(path).exchange().expectBody(String.class).returnResult()
				.getResponseBody();
			assertThat(body).isNotBlank().doesNotContain(WRONG_PASSWORD).doesNotContain(role().password());
		}
	}

}
