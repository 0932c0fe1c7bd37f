package dev.migrations.autoconfigure.actuate;

import static dev.migrations.autoconfigure.actuate.app.ActuatorTestApplication.AUDIT;
import static dev.migrations.autoconfigure.actuate.app.ActuatorTestApplication.BRANCH;
import static dev.migrations.autoconfigure.actuate.app.ActuatorTestApplication.EMAIL;
import static dev.migrations.autoconfigure.actuate.app.ActuatorTestApplication.REVISIONS;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.test.context.TestPropertySource;

import dev.migrations.autoconfigure.actuate.app.ActuatorAppTest;

/**
 * Two heads and the default target {@code head}, which then names no single revision: startup would refuse it, so
 * the application starts with {@code migrations.mode=none}.
 */
@ActuatorAppTest
@TestPropertySource(properties = { "migrations.packages=" + REVISIONS + "," + BRANCH, "migrations.mode=none" })
class MigrationsActuatorSeveralHeadsTest extends ActuatorOnFreshDatabase {

	private static final ParameterizedTypeReference<List<String>> STRINGS = new ParameterizedTypeReference<>() {
	};

	@Test
	void healthIsDownListingTheHeads() {
		this.client.get().uri("/actuator/health/migrations").exchange()
			.expectStatus().isEqualTo(503)
			.expectBody()
			.jsonPath("$.status").isEqualTo("DOWN")
			.jsonPath("$.details.heads").value(STRINGS, (heads) -> assertThat(heads).containsOnly(EMAIL, AUDIT))
			.jsonPath("$.details.error").value(String.class,
					(error) -> assertThat(error).startsWith("Multiple heads are present").contains(EMAIL, AUDIT));
	}

	@Test
	void endpointListsTheHeadsAndWhyNothingIsPending() {
		this.client.get().uri("/actuator/migrations").exchange()
			.expectStatus().isOk()
			.expectBody()
			.jsonPath(MIGRATOR + ".upToDate").isEqualTo(false)
			.jsonPath(MIGRATOR + ".heads").value(STRINGS, (heads) -> assertThat(heads).containsOnly(EMAIL, AUDIT))
			.jsonPath(MIGRATOR + ".pending").isEmpty()
			.jsonPath(MIGRATOR + ".problem").value(String.class,
					(problem) -> assertThat(problem).startsWith("Multiple heads are present"));
	}

	@Test
	void pendingGaugeIsNotANumber() {
		this.client.get().uri("/actuator/metrics/migrations.pending").exchange()
			.expectStatus().isOk()
			.expectBody()
			.jsonPath("$.measurements[0].value").isEqualTo("NaN");
	}

}
