package dev.migrations.core.diff;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.migrations.core.codegen.GeneratedBody.Step;
import dev.migrations.core.operation.DropColumn;
import dev.migrations.core.operation.DropConstraint;
import dev.migrations.core.operation.DropEnum;
import dev.migrations.core.operation.DropIndex;
import dev.migrations.core.operation.DropSequence;
import dev.migrations.core.operation.DropTable;
import dev.migrations.core.operation.Operation;

/**
 * The operations a diff collects, grouped in phases that run in a safe order (types before the tables that use
 * them, constraint drops before the tables they point to, ...). The downgrade is each upgrade operation's reverse,
 * in reverse order; an operation that has none leaves a comment saying so.
 */
final class ChangeSet {

	/** Upgrade phases, in the order they run. */
	enum Phase {

		CREATE_TYPES, DROP_CONSTRAINTS, CREATE_TABLES, ALTER_COLUMNS, ADD_CONSTRAINTS, DROP_TABLES, DROP_TYPES

	}

	private final Map<Phase, List<Change>> phases = new EnumMap<>(Phase.class);

	private final List<String> summary = new ArrayList<>();

	private final List<String> warnings = new ArrayList<>();

	/** Records an operation; {@code note} is written above it in {@code upgrade()}, {@code reverseNote} in {@code downgrade()}. */
	void add(Phase phase, Operation operation, String note, String reverseNote) {
		this.phases.computeIfAbsent(phase, (key) -> new ArrayList<>()).add(new Change(operation, note, reverseNote));
		this.summary.add((isDrop(operation) ? "- " : "+ ") + operation.describe());
	}

	void add(Phase phase, Operation operation) {
		add(phase, operation, null, null);
	}

	void warn(String warning) {
		this.warnings.add(warning);
	}

	private static boolean isDrop(Operation operation) {
		return operation instanceof DropTable || operation instanceof DropColumn || operation instanceof DropConstraint
				|| operation instanceof DropIndex || operation instanceof DropEnum || operation instanceof DropSequence;
	}

	SchemaChanges build() {
		List<Step> upgrade = new ArrayList<>();
		List<Step> downgrade = new ArrayList<>();
		for (Phase phase : Phase.values()) {
			for (Change change : this.phases.getOrDefault(phase, List.of())) {
				upgrade.add(new Step(change.operation(), change.note()));
				Optional<Operation> reverse = change.operation().reverse();
				String reverseNote = reverse.isPresent() ? change.reverseNote()
						: "cannot be reversed: " + change.operation().describe()
								+ ((change.reverseNote() != null) ? "; " + change.reverseNote() : "");
				downgrade.add(0, new Step(reverse.orElse(null), reverseNote));
			}
		}
		return new SchemaChanges(upgrade, downgrade, this.summary, this.warnings);
	}

	private record Change(Operation operation, String note, String reverseNote) {

	}

}
