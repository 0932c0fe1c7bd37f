package dev.migrations.autoconfigure.actuate;

import static dev.migrations.autoconfigure.actuate.app.ActuatorTestApplication.REVISIONS;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.client.RestTestClient;

import dev.migrations.autoconfigure.actuate.app.ActuatorAppTest;

/**
 * A database that refuses connections (nothing listens on port 1), with passwords in the URL and in the
 * properties: health is DOWN with the error, and no response quotes either password or the URL.
 */
@ActuatorAppTest
@TestPropertySource(properties = { "migrations.packages=" + REVISIONS, "migrations.mode=none",
		"spring.datasource.url=" + MigrationsActuatorUnreachableDatabaseTest.URL,
		"spring.datasource.username=app",
		"spring.datasource.password=" + MigrationsActuatorUnreachableDatabaseTest.PROPERTY_SECRET,
		"spring.datasource.hikari.connection-timeout=250" })
class MigrationsActuatorUnreachableDatabaseTest {

	static final String URL_SECRET = "url-secret";

	static final String URL = "jdbc:postgresql://127.0.0.1:1/app?password=" + URL_SECRET;

	static final String PROPERTY_SECRET = "property-secret";

	@Autowired
	private RestTestClient client;

	@Test
	void healthIsDownWithTheDatabaseError() {
		this.client.get().uri("/actuator/health/migrations").exchange()
			.expectStatus().isEqualTo(503)
			.expectBody()
			.jsonPath("$.status").isEqualTo("DOWN")
			.jsonPath("$.details.target").isEqualTo("head")
			.jsonPath("$.details.error").value(String.class,
					(error) -> assertThat(error).startsWith("Could not connect to the database").contains("SQLState"));
	}

	@Test
	void endpointAnswersServerErrorAsItCannotReadTheDatabase() {
		this.client.get().uri("/actuator/migrations").exchange().expectStatus().isEqualTo(500);
	}

	@Test
	void noResponseQuotesAPasswordOrTheUrl() {
		for (String path : List.of("/actuator/health", "/actuator/migrations", "/actuator/migrations/head")) {
			this.client.get().uri(path).exchange()
				.expectBody(String.class)
				.value((body) -> assertThat(body).isNotBlank()
					.doesNotContain(URL_SECRET)
					.doesNotContain(PROPERTY_SECRET)
					.doesNotContain("127.0.0.1:1/app"));
		}
	}

}
