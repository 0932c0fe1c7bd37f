package dev.migrations.autoconfigure.actuate;

import static dev.migrations.autoconfigure.actuate.app.ActuatorTestApplication.ACCOUNTS;
import static dev.migrations.autoconfigure.actuate.app.ActuatorTestApplication.EMAIL;
import static dev.migrations.autoconfigure.actuate.app.ActuatorTestApplication.REVISIONS;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

import dev.migrations.autoconfigure.actuate.app.ActuatorAppTest;

/** An application that applies nothing on startup ({@code migrations.mode=none}) to a database at base. */
@ActuatorAppTest
@TestPropertySource(properties = { "migrations.packages=" + REVISIONS, "migrations.mode=none" })
class MigrationsActuatorPendingTest extends ActuatorOnFreshDatabase {

	@Test
	void healthIsDownListingThePendingRevisions() {
		this.client.get().uri("/actuator/health").exchange()
			.expectStatus().isEqualTo(503)
			.expectBody()
			.jsonPath("$.status").isEqualTo("DOWN")
			.jsonPath("$.components.migrations.status").isEqualTo("DOWN")
			.jsonPath("$.components.migrations.details.current").isEmpty()
			.jsonPath("$.components.migrations.details.heads").isEqualTo(List.of(EMAIL))
			.jsonPath("$.components.migrations.details.pending").isEqualTo(List.of(ACCOUNTS, EMAIL));
	}

	@Test
	void endpointListsThePendingRevisionsInTheOrderTheyWouldRun() {
		this.client.get().uri("/actuator/migrations").exchange()
			.expectStatus().isOk()
			.expectBody()
			.jsonPath(MIGRATOR + ".upToDate").isEqualTo(false)
			.jsonPath(MIGRATOR + ".current").isEmpty()
			.jsonPath(MIGRATOR + ".pending[*].id").isEqualTo(List.of(ACCOUNTS, EMAIL))
			.jsonPath(MIGRATOR + ".pending[*].message").isEqualTo(List.of("create accounts", "add account email"))
			.jsonPath(MIGRATOR + ".history").isEmpty();
	}

	@Test
	void endpointShowsARevisionAsNotApplied() {
		this.client.get().uri("/actuator/migrations/{revision}", ACCOUNTS).exchange()
			.expectStatus().isOk()
			.expectBody()
			.jsonPath(MIGRATOR + ".id").isEqualTo(ACCOUNTS)
			.jsonPath(MIGRATOR + ".parents").isEmpty()
			.jsonPath(MIGRATOR + ".head").isEqualTo(false)
			.jsonPath(MIGRATOR + ".current").isEqualTo(false)
			.jsonPath(MIGRATOR + ".applied").isEqualTo(false)
			.jsonPath(MIGRATOR + ".history").isEmpty();
	}

	@Test
	void pendingGaugeCountsThem() {
		this.client.get().uri("/actuator/metrics/migrations.pending").exchange()
			.expectStatus().isOk()
			.expectBody()
			.jsonPath("$.measurements[0].value").isEqualTo(2.0);
	}

	@Test
	void noRevisionTimerExistsWhenNothingRan() {
		this.client.get().uri("/actuator/metrics/migrations.revision.duration").exchange()
			.expectStatus().isNotFound();
	}

}
