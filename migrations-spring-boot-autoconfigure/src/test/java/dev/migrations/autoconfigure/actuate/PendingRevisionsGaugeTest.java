package dev.migrations.autoconfigure.actuate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import javax.sql.DataSource;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.postgresql.ds.PGSimpleDataSource;

import dev.migrations.autoconfigure.actuate.app.revisions.R1CreateAccounts;
import dev.migrations.autoconfigure.actuate.app.revisions.R2AddAccountEmail;
import dev.migrations.core.revision.RevisionGraph;
import dev.migrations.core.runtime.MigrationSettings;
import dev.migrations.core.runtime.Migrator;
import dev.migrations.testsupport.FreshDatabase;

class PendingRevisionsGaugeTest {

	@RegisterExtension
	static final FreshDatabase server = new FreshDatabase();

	private static final Duration MAX_AGE = Duration.ofSeconds(30);

	private final SettableClock clock = new SettableClock();

	private static Migrator migrator(DataSource dataSource) {
		RevisionGraph graph = RevisionGraph.ofClasses(List.of(R1CreateAccounts.class, R2AddAccountEmail.class));
		return new Migrator(dataSource, graph, MigrationSettings.defaults());
	}

	@Test
	void registersTheGaugeInRevisions() {
		Migrator migrator = migrator(server.newDatabase().dataSource());
		SimpleMeterRegistry registry = new SimpleMeterRegistry();

		new PendingRevisionsGauge(migrator, "head", MAX_AGE, this.clock).bindTo(registry);

		assertThat(registry.get("migrations.pending").gauge().value()).isEqualTo(2.0);
		assertThat(registry.get("migrations.pending").gauge().getId().getBaseUnit()).isEqualTo("revisions");
	}

	@Test
	void readsTheDatabaseAtMostOncePerMaxAge() {
		Migrator migrator = migrator(server.newDatabase().dataSource());
		PendingRevisionsGauge gauge = new PendingRevisionsGauge(migrator, "head", MAX_AGE, this.clock);
		assertThat(gauge.count()).isEqualTo(2.0);

		migrator.upgrade("head");
		this.clock.advance(MAX_AGE.minusMillis(1));
		assertThat(gauge.count()).as("within the max age").isEqualTo(2.0);

		this.clock.advance(Duration.ofMillis(1));
		assertThat(gauge.count()).as("once the max age has passed").isEqualTo(0.0);
	}

	@Test
	void aDatabaseThatCannotBeReadCountsAsNotANumberAndIsNotAskedAgainWithinTheMaxAge() {
		PGSimpleDataSource dataSource = new PGSimpleDataSource();
		dataSource.setURL("jdbc:postgresql://127.0.0.1:1/unreachable");
		PendingRevisionsGauge gauge = new PendingRevisionsGauge(migrator(dataSource), "head", MAX_AGE, this.clock);
		assertThat(gauge.count()).isNaN();

		dataSource.setURL(server.jdbcUrl());
		dataSource.setUser(server.username());
		dataSource.setPassword(server.password());
		assertThat(gauge.count()).as("within the max age").isNaN();

		this.clock.advance(MAX_AGE);
		assertThat(gauge.count()).as("once the max age has passed").isEqualTo(2.0);
	}

	/** A clock that moves only when told. */
	private static final class SettableClock extends Clock {

		private Instant now = Instant.parse("2026-11-21T12:00:00Z");

		void advance(Duration duration) {
			this.now = this.now.plus(duration);
		}

		@Override
		public Instant instant() {
			return this.now;
		}

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			throw new UnsupportedOperationException();
		}

	}

}
