package dev.migrations.core.runtime;

import java.time.Duration;

import dev.migrations.core.revision.MigrationPlan;

/**
 * A revision that a run upgraded or downgraded.
 *
 * @param revision the revision id
 * @param message the revision's message
 * @param direction whether it was applied or reverted
 * @param duration how long its statements took
 */
public record AppliedRevision(String revision, String message, MigrationPlan.Direction direction, Duration duration) {

}
