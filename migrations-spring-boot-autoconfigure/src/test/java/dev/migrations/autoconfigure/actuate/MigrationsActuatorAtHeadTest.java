package dev.migrations.autoconfigure.actuate;

import static dev.migrations.autoconfigure.actuate.app.ActuatorTestApplication.ACCOUNTS;
import static dev.migrations.autoconfigure.actuate.app.ActuatorTestApplication.EMAIL;
import static dev.migrations.autoconfigure.actuate.app.ActuatorTestApplication.REVISIONS;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

import dev.migrations.autoconfigure.actuate.app.ActuatorAppTest;

/** An application that upgraded its database to the head on startup. */
@ActuatorAppTest
@TestPropertySource(properties = "migrations.packages=" + REVISIONS)
class MigrationsActuatorAtHeadTest extends ActuatorOnFreshDatabase {

	@Test
	void healthIsUpWithTheCurrentRevisionAndTheHead() {
		this.client.get().uri("/actuator/health").exchange()
			.expectStatus().isOk()
			.expectBody()
			.jsonPath("$.status").isEqualTo("UP")
			.jsonPath("$.components.migrations.status").isEqualTo("UP")
			.jsonPath("$.components.migrations.details.target").isEqualTo("head")
			.jsonPath("$.components.migrations.details.current").isEqualTo(List.of(EMAIL))
			.jsonPath("$.components.migrations.details.heads").isEqualTo(List.of(EMAIL))
			.jsonPath("$.components.migrations.details.pending").doesNotExist()
			.jsonPath("$.components.migrations.details.error").doesNotExist();
	}

	@Test
	void endpointSaysUpToDateAndListsWhatStartupApplied() {
		this.client.get().uri("/actuator/migrations").exchange()
			.expectStatus().isOk()
			.expectBody()
			.jsonPath(MIGRATOR + ".target").isEqualTo("head")
			.jsonPath(MIGRATOR + ".current").isEqualTo(List.of(EMAIL))
			.jsonPath(MIGRATOR + ".heads").isEqualTo(List.of(EMAIL))
			.jsonPath(MIGRATOR + ".upToDate").isEqualTo(true)
			.jsonPath(MIGRATOR + ".pending").isEmpty()
			.jsonPath(MIGRATOR + ".problem").doesNotExist()
			.jsonPath(MIGRATOR + ".history[*].revision").isEqualTo(List.of(ACCOUNTS, EMAIL))
			.jsonPath(MIGRATOR + ".history[*].direction").isEqualTo(List.of("upgrade", "upgrade"))
			.jsonPath(MIGRATOR + ".history[1].message").isEqualTo("add account email")
			.jsonPath(MIGRATOR + ".history[1].appliedBy").isEqualTo(database.username())
			.jsonPath(MIGRATOR + ".history[1].durationMillis").isNumber()
			.jsonPath(MIGRATOR + ".history[1].appliedAt").value(String.class,
					(appliedAt) -> assertThat(Instant.parse(appliedAt)).isBefore(Instant.now()));
	}

	@Test
	void endpointShowsOneRevisionByIdPrefixOrLabel() {
		for (String reference : List.of(EMAIL, "b2b2", "contact", "head")) {
			this.client.get().uri("/actuator/migrations/{revision}", reference).exchange()
				.expectStatus().isOk()
				.expectBody()
				.jsonPath(MIGRATOR + ".id").isEqualTo(EMAIL)
				.jsonPath(MIGRATOR + ".parents").isEqualTo(List.of(ACCOUNTS))
				.jsonPath(MIGRATOR + ".branchLabels").isEqualTo(List.of("contact"))
				.jsonPath(MIGRATOR + ".message").isEqualTo("add account email")
				.jsonPath(MIGRATOR + ".created").isEqualTo("2026-11-03T10:30:00Z")
				.jsonPath(MIGRATOR + ".head").isEqualTo(true)
				.jsonPath(MIGRATOR + ".current").isEqualTo(true)
				.jsonPath(MIGRATOR + ".applied").isEqualTo(true)
				.jsonPath(MIGRATOR + ".history[*].direction").isEqualTo(List.of("upgrade"));
		}
	}

	@Test
	void endpointAnswersNotFoundForARevisionNoMigratorKnows() {
		this.client.get().uri("/actuator/migrations/{revision}", "ffffffffffff").exchange()
			.expectStatus().isNotFound();
	}

	@Test
	void neitherTheEndpointNorHealthQuotesAPasswordOrAJdbcUrl() {
		for (String path : List.of("/actuator/migrations", "/actuator/migrations/" + ACCOUNTS, "/actuator/health")) {
			this.client.get().uri(path).exchange()
				.expectBody(String.class)
				.value((body) -> assertThat(body).doesNotContainIgnoringCase("password").doesNotContain("jdbc:"));
		}
	}

	@Test
	void timerRecordsEachRevisionStartupApplied() {
		for (String revision : List.of(ACCOUNTS, EMAIL)) {
			this.client.get()
				.uri("/actuator/metrics/migrations.revision.duration?tag=revision:{revision}&tag=direction:upgrade",
						revision)
				.exchange()
				.expectStatus().isOk()
				.expectBody()
				.jsonPath("$.measurements[?(@.statistic == 'COUNT')].value").isEqualTo(List.of(1.0));
		}
	}

	@Test
	void pendingGaugeIsZero() {
		this.client.get().uri("/actuator/metrics/migrations.pending").exchange()
			.expectStatus().isOk()
			.expectBody()
			.jsonPath("$.baseUnit").isEqualTo("revisions")
			.jsonPath("$.measurements[0].value").isEqualTo(0.0);
	}

}
