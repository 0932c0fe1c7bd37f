package dev.migrations.core.runtime;

import java.time.Duration;
import java.time.OffsetDateTime;

/**
 * One row of the history table: a revision applied, reverted or stamped.
 *
 * @param revision the revision id
 * @param direction {@code upgrade}, {@code downgrade}, {@code stamp} or {@code unstamp}
 * @param message the revision's message when it ran
 * @param checksum the checksum of the revision's upgrade SQL, or {@code null}
 * @param appliedAt when it ran
 * @param duration how long it took ({@code null} for stamps and offline scripts)
 * @param appliedBy the database user that ran it
 */
public record HistoryEntry(String revision, String direction, String message, String checksum,
		OffsetDateTime appliedAt, Duration duration, String appliedBy) {

}
