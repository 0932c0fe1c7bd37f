package dev.migrations.autoconfigure.actuate;

import java.time.Clock;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

import dev.migrations.autoconfigure.MigrationsAutoConfiguration;
import dev.migrations.autoconfigure.MigrationsProperties;
import dev.migrations.core.runtime.Migrator;

/**
 * Auto-configuration of Micrometer metrics for migrations, when a {@link MeterRegistry} bean exists: the timer
 * {@code migrations.revision.duration} per revision applied or reverted, and the gauge {@code migrations.pending}.
 */
@AutoConfiguration(after = MigrationsAutoConfiguration.class,
		afterName = "org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration")
@ConditionalOnClass({ Migrator.class, MeterRegistry.class })
@ConditionalOnBean({ Migrator.class, MeterRegistry.class })
@EnableConfigurationProperties(MigrationsProperties.class)
public final class MigrationsMetricsAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	RevisionDurationRecorder migrationsRevisionDurationRecorder(MeterRegistry registry) {
		return new RevisionDurationRecorder(registry);
	}

	@Bean
	@ConditionalOnSingleCandidate(Migrator.class)
	@ConditionalOnMissingBean
	PendingRevisionsGauge migrationsPendingRevisionsGauge(Migrator migrator, MigrationsProperties properties) {
		return new PendingRevisionsGauge(migrator, properties.getTarget(), PendingRevisionsGauge.DEFAULT_MAX_AGE,
				Clock.systemUTC());
	}

}
