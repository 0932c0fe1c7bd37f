package dev.migrations.core.command;

import java.util.ArrayList;
import java.util.List;

/**
 * What {@code show} tells about one revision: its place in the graph and the SQL its upgrade runs.
 *
 * @param status the revision and its flags
 * @param upgradeSql the statements its {@code upgrade()} renders, as a script would print them
 * @param downgradeSql the statements its {@code downgrade()} renders
 */
public record RevisionDetails(RevisionStatus status, List<String> upgradeSql, List<String> downgradeSql) {

	public RevisionDetails {
		upgradeSql = List.copyOf(upgradeSql);
		downgradeSql = List.copyOf(downgradeSql);
	}

	/** As {@code show} prints it. */
	public List<String> lines() {
		var revision = this.status.revision();
		List<String> lines = new ArrayList<>();
		lines.add("Rev: " + this.status.shortLine() + (this.status.current() ? " (current)" : ""));
		lines.add("Parent: " + (revision.revises().isEmpty() ? "<base>" : String.join(", ", revision.revises())));
		if (!revision.dependsOn().isEmpty()) {
			lines.add("Depends on: " + String.join(", ", revision.dependsOn()));
		}
		if (!revision.branchLabels().isEmpty()) {
			lines.add("Branch names: " + String.join(", ", revision.branchLabels()));
		}
		lines.add("Class: " + revision.type().getName());
		if (revision.created() != null) {
			lines.add("Created: " + revision.created());
		}
		lines.add("Applied: " + (this.status.applied() ? "yes" : "no"));
		lines.add("");
		lines.add("    " + revision.message());
		lines.add("");
		lines.add("Upgrade SQL:");
		addIndented(lines, this.upgradeSql);
		lines.add("Downgrade SQL:");
		addIndented(lines, this.downgradeSql);
		return lines;
	}

	private static void addIndented(List<String> lines, List<String> statements) {
		statements.forEach((sql) -> sql.lines().forEach((line) -> lines.add("    " + line)));
	}

}
