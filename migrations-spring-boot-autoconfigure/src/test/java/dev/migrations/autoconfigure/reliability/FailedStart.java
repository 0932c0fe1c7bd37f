package dev.migrations.autoconfigure.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;

import dev.migrations.autoconfigure.reliability.app.ReliabilityApplication;

/**
 * A start of {@link ReliabilityApplication} in the test's JVM that is expected to fail, and what the user then sees:
 * Spring Boot's "APPLICATION FAILED TO START" report, never a bare stack trace.
 */
final class FailedStart {

	/** The longest a failing start may take, a connect timeout of a few seconds included. */
	private static final Duration BOUND = Duration.ofSeconds(20);

	private FailedStart() {
	}

	/** Starts the application with these properties ({@code name=value}) and asserts it fails within seconds. */
	static void run(String... properties) {
		assertTimeoutPreemptively(BOUND, () -> assertThatException()
			.isThrownBy(() -> new SpringApplicationBuilder(ReliabilityApplication.class).web(WebApplicationType.NONE)
				.properties(properties)
				.run()));
	}

	/** Asserts the output has the failure report with these fragments in it, and no stack trace. */
	static void assertReported(CapturedOutput output, String... fragments) {
		assertThat(output.getOut()).contains("APPLICATION FAILED TO START", "Description:", "Action:")
			.contains(fragments)
			.doesNotContain("\tat ");
	}

}
