package dev.migrations.core.diff;

import java.nio.charset.StandardCharsets;
import java.util.List;

import dev.migrations.core.schema.CheckConstraint;
import dev.migrations.core.schema.Constraint;
import dev.migrations.core.schema.ForeignKey;
import dev.migrations.core.schema.PrimaryKey;
import dev.migrations.core.schema.QualifiedName;
import dev.migrations.core.schema.UniqueConstraint;

/**
 * The name PostgreSQL would give an unnamed constraint ({@code users_pkey}, {@code users_email_key},
 * {@code tokens_user_id_fkey}, {@code users_check}): a generated {@code ADD CONSTRAINT} names it so its downgrade can
 * drop it.
 */
final class ConstraintNames {

	private static final int MAX_BYTES = 63;

	private ConstraintNames() {
	}

	static String conventional(QualifiedName table, Constraint constraint) {
		if (constraint instanceof PrimaryKey) {
			return name(table.name(), List.of(), "pkey");
		}
		if (constraint instanceof UniqueConstraint unique) {
			return name(table.name(), unique.columns(), "key");
		}
		if (constraint instanceof ForeignKey key) {
			return name(table.name(), key.columns(), "fkey");
		}
		return name(table.name(), List.of(), (constraint instanceof CheckConstraint) ? "check" : "constraint");
	}

	private static String name(String table, List<String> columns, String suffix) {
		String middle = columns.isEmpty() ? "" : "_" + String.join("_", columns);
		String name = table + middle + "_" + suffix;
		while (name.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES && table.length() > 1) {
			table = table.substring(0, table.length() - 1);
			name = table + middle + "_" + suffix;
		}
		return name;
	}

}
