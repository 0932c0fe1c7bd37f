package dev.migrations.autoconfigure.actuate;

import java.util.Locale;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import dev.migrations.core.runtime.AppliedRevision;
import dev.migrations.core.runtime.MigrationListener;

/**
 * Records how long each revision took, once committed, as the timer {@value #NAME} tagged with the revision id and
 * the direction ({@code upgrade} or {@code downgrade}). One timer per revision is a bounded set: the revisions this
 * process applied or reverted.
 */
final class RevisionDurationRecorder implements MigrationListener {

	static final String NAME = "migrations.revision.duration";

	private final MeterRegistry registry;

	RevisionDurationRecorder(MeterRegistry registry) {
		this.registry = registry;
	}

	@Override
	public void revisionCompleted(AppliedRevision revision) {
		Timer.builder(NAME)
			.description("Time taken by the statements of a revision applied or reverted by this application")
			.tag("revision", revision.revision())
			.tag("direction", revision.direction().name().toLowerCase(Locale.ROOT))
			.register(this.registry)
			.record(revision.duration());
	}

}
