package dev.migrations.autoconfigure.actuate;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import dev.migrations.core.runtime.Migrator;

/**
 * The gauge {@value #NAME}: how many revisions an upgrade to the configured target would apply, {@code NaN} when
 * that cannot be said (database unreachable, several heads for {@code head}, ...).
 *
 * <p>Counting reads the version and history tables and renders every applied revision to check its checksum, so
 * the count is read at most once per {@code maxAge}, however often and by however many registries the gauge is
 * scraped; a failed read is kept as long, so an unreachable database is not retried on every scrape. The count only
 * changes when a revision is applied: this application applies its revisions on startup, before meters are bound,
 * so the first reading is already fresh; another process migrating the database shows within {@code maxAge}, well
 * inside any alerting window.
 */
final class PendingRevisionsGauge implements MeterBinder {

	static final String NAME = "migrations.pending";

	/** How long a count is kept by default. */
	static final Duration DEFAULT_MAX_AGE = Duration.ofSeconds(30);

	private static final Log logger = LogFactory.getLog(PendingRevisionsGauge.class);

	private final Migrator migrator;

	private final String target;

	private final Duration maxAge;

	private final Clock clock;

	private Instant readAt;

	private double count;

	PendingRevisionsGauge(Migrator migrator, String target, Duration maxAge, Clock clock) {
		this.migrator = migrator;
		this.target = target;
		this.maxAge = maxAge;
		this.clock = clock;
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		Gauge.builder(NAME, this, PendingRevisionsGauge::count)
			.description("Revisions an upgrade to the configured target would apply")
			.baseUnit("revisions")
			.register(registry);
	}

	/** The number of pending revisions, read from the database when the last reading is older than the max age. */
	synchronized double count() {
		Instant now = this.clock.instant();
		if (this.readAt == null || !now.isBefore(this.readAt.plus(this.maxAge))) {
			this.count = read();
			this.readAt = now;
		}
		return this.count;
	}

	private double read() {
		try {
			return this.migrator.pending(this.target).size();
		}
		catch (RuntimeException ex) {
			logger.debug("Could not count the pending revisions", ex);
			return Double.NaN;
		}
	}

}
