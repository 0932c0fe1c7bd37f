package dev.migrations.autoconfigure.actuate;

import static dev.migrations.autoconfigure.actuate.app.ActuatorTestApplication.REVISIONS;
import static org.assertj.core.api.Assertions.assertThat;

import javax.sql.DataSource;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.actuate.autoconfigure.endpoint.condition.ConditionalOnAvailableEndpoint;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import dev.migrations.autoconfigure.MigrationsAutoConfiguration;
import dev.migrations.testsupport.FreshDatabase;

/** When the endpoint, the health contributor and the metrics are there, and when they stay away. */
class ActuateAutoConfigurationConditionsTest {

	@RegisterExtension
	static final FreshDatabase database = new FreshDatabase();

	private static final String EXPOSED = "management.endpoints.web.exposure.include=migrations";

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(MigrationsAutoConfiguration.class,
				MigrationsEndpointAutoConfiguration.class, MigrationsHealthContributorAutoConfiguration.class,
				MigrationsMetricsAutoConfiguration.class))
		.withBean(DataSource.class, database::dataSource)
		.withPropertyValues("migrations.packages=" + REVISIONS, "migrations.mode=none");

	@Test
	void endpointIsThereOnceExposed() {
		this.runner.run((context) -> assertThat(context).doesNotHaveBean(MigrationsEndpoint.class));
		this.runner.withPropertyValues(EXPOSED)
			.run((context) -> assertThat(context).hasSingleBean(MigrationsEndpoint.class));
	}

	@Test
	void endpointIsAbsentWhenItsAccessIsNone() {
		this.runner.withPropertyValues(EXPOSED, "management.endpoint.migrations.access=NONE")
			.run((context) -> assertThat(context).doesNotHaveBean(MigrationsEndpoint.class));
	}

	@Test
	void endpointIsAbsentWithoutActuator() {
		this.runner.withPropertyValues(EXPOSED)
			.withClassLoader(new FilteredClassLoader(ConditionalOnAvailableEndpoint.class))
			.run((context) -> assertThat(context).hasNotFailed().doesNotHaveBean(MigrationsEndpoint.class));
	}

	@Test
	void nothingIsThereWhenMigrationsAreDisabled() {
		this.runner.withPropertyValues(EXPOSED, "migrations.enabled=false")
			.withBean(SimpleMeterRegistry.class)
			.run((context) -> assertThat(context).doesNotHaveBean(MigrationsEndpoint.class)
				.doesNotHaveBean("migrationsHealthContributor")
				.doesNotHaveBean(RevisionDurationRecorder.class)
				.doesNotHaveBean(PendingRevisionsGauge.class));
	}

	@Test
	void healthContributorIsThereByDefault() {
		this.runner.run((context) -> assertThat(context).getBean("migrationsHealthContributor")
			.isInstanceOf(MigrationsHealthIndicator.class));
	}

	@Test
	void healthContributorIsDisabledByProperty() {
		this.runner.withPropertyValues("management.health.migrations.enabled=false")
			.run((context) -> assertThat(context).doesNotHaveBean("migrationsHealthContributor"));
	}

	@Test
	void healthContributorIsAbsentWithoutSpringBootHealth() {
		this.runner.withClassLoader(new FilteredClassLoader(HealthIndicator.class))
			.run((context) -> assertThat(context).hasNotFailed().doesNotHaveBean("migrationsHealthContributor"));
	}

	@Test
	void metricsNeedAMeterRegistry() {
		this.runner.run((context) -> assertThat(context).doesNotHaveBean(RevisionDurationRecorder.class)
			.doesNotHaveBean(PendingRevisionsGauge.class));
		this.runner.withBean(SimpleMeterRegistry.class)
			.run((context) -> assertThat(context).hasSingleBean(RevisionDurationRecorder.class)
				.hasSingleBean(PendingRevisionsGauge.class));
	}

	@Test
	void metricsAreAbsentWithoutMicrometer() {
		this.runner.withClassLoader(new FilteredClassLoader(MeterRegistry.class))
			.run((context) -> assertThat(context).hasNotFailed()
				.doesNotHaveBean(RevisionDurationRecorder.class)
				.doesNotHaveBean(PendingRevisionsGauge.class));
	}

}
