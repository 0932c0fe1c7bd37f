package dev.migrations.core.runtime;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What a run of the runtime did.
 *
 * @param before the version rows before
 * @param after the version rows after
 * @param revisions the revisions applied or reverted, in order; empty when there was nothing to do
 */
public record MigrationResult(Set<String> before, Set<String> after, List<AppliedRevision> revisions) {

	public MigrationResult {
		before = Collections.unmodifiableSet(new LinkedHashSet<>(before));
		after = Collections.unmodifiableSet(new LinkedHashSet<>(after));
		revisions = List.copyOf(revisions);
	}

}
