package dev.migrations.autoconfigure.actuate;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

import dev.migrations.core.runtime.Migrator;

/**
 * UP when the database is at the configured target; DOWN, with the reason in the details, when revisions are
 * pending, when the target cannot be reached as it stands (several heads for {@code head}, a version row no revision
 * class declares, an applied revision that has changed) or when the database cannot be read. The details name
 * revisions and the database's message, never a URL's credentials.
 */
final class MigrationsHealthIndicator implements HealthIndicator {

	private static final Log logger = LogFactory.getLog(MigrationsHealthIndicator.class);

	private final Migrator migrator;

	private final String target;

	MigrationsHealthIndicator(Migrator migrator, String target) {
		this.migrator = migrator;
		this.target = target;
	}

	@Override
	public Health health() {
		MigrationStatus status;
		try {
			status = MigrationStatus.of(this.migrator, this.target);
		}
		catch (RuntimeException ex) {
			logger.debug("Could not read the migration status", ex);
			return Health.down()
				.withDetail("target", this.target)
				.withDetail("error", describe(ex))
				.build();
		}
		Health.Builder health = (status.upToDate() ? Health.up() : Health.down()).withDetail("target", this.target)
			.withDetail("current", status.current())
			.withDetail("heads", status.heads());
		if (!status.pending().isEmpty()) {
			health.withDetail("pending", status.pendingIds());
		}
		if (status.problem() != null) {
			health.withDetail("error", status.problem());
		}
		return health.build();
	}

	private static String describe(RuntimeException ex) {
		return (ex.getMessage() != null) ? Credentials.mask(ex.getMessage()) : ex.getClass().getName();
	}

}
