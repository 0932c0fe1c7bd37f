package dev.migrations.core.diff;

import java.util.List;
import java.util.stream.Stream;

import dev.migrations.core.codegen.GeneratedBody;

/**
 * What autogenerate found: the upgrade that makes the database match the mapping, the downgrade that undoes it, a
 * one-line summary per change and warnings to review.
 *
 * @param upgrade the upgrade steps, in the order they must run
 * @param downgrade the downgrade steps, in the order they must run
 * @param summary one line per change, drops marked
 * @param warnings what a person must look at before applying
 */
public record SchemaChanges(List<GeneratedBody.Step> upgrade, List<GeneratedBody.Step> downgrade, List<String> summary,
		List<String> warnings) {

	public SchemaChanges {
		upgrade = List.copyOf(upgrade);
		downgrade = List.copyOf(downgrade);
		summary = List.copyOf(summary);
		warnings = List.copyOf(warnings);
	}

	/** Whether the mapping and the database agree. */
	public boolean isEmpty() {
		return this.upgrade.isEmpty();
	}

	/** The summary and then the warnings as a command prints them under its headline: indented, warnings marked. */
	public List<String> report() {
		return Stream.concat(this.summary.stream().map((change) -> "  " + change),
				this.warnings.stream().map((warning) -> "  ! " + warning))
			.toList();
	}

}
