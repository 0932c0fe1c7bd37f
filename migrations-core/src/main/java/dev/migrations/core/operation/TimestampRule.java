package dev.migrations.core.operation;

import java.util.ArrayList;
import java.util.List;

import dev.migrations.core.schema.Column;
import dev.migrations.core.schema.QualifiedName;

/**
 * Finds the columns that a list of operations makes {@code timestamp without time zone} without the column
 * opting out: the house rule is that every datetime column is {@code timestamptz}.
 */
public final class TimestampRule {

	private TimestampRule() {
	}

	/** The offending columns as {@code table.column}, in operation order; empty when the rule holds. */
	public static List<String> violations(List<Operation> operations) {
		List<String> violations = new ArrayList<>();
		for (Operation operation : operations) {
			if (operation instanceof CreateTable create) {
				create.table().columns().forEach((column) -> check(create.table().name(), column, violations));
			}
			else if (operation instanceof AddColumn add) {
				check(add.table(), add.column(), violations);
			}
			else if (operation instanceof AlterColumnType alter && alter.type().isTimestampWithoutTimeZone()
					&& !alter.timestampWithoutTimeZoneAllowed()) {
				violations.add(alter.table() + "." + alter.column());
			}
			else if (operation instanceof NonTransactional block) {
				violations.addAll(violations(block.operations()));
			}
		}
		return violations;
	}

	private static void check(QualifiedName table, Column column, List<String> violations) {
		if (column.type().isTimestampWithoutTimeZone() && !column.timestampWithoutTimeZoneAllowed()) {
			violations.add(table + "." + column.name());
		}
	}

}
