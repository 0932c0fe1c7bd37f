package dev.migrations.core.diff;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;

import dev.migrations.core.postgres.Identifiers;
import dev.migrations.core.schema.CheckConstraint;
import dev.migrations.core.schema.Column;
import dev.migrations.core.schema.Constraint;
import dev.migrations.core.schema.ForeignKey;
import dev.migrations.core.schema.PrimaryKey;
import dev.migrations.core.schema.Table;
import dev.migrations.core.schema.UniqueConstraint;

/**
 * The name PostgreSQL would give an unnamed constraint ({@code users_pkey}, {@code users_email_key},
 * {@code tokens_user_id_fkey}, {@code users_age_check} for a check on one column, {@code users_check} for one on
 * several): a generated {@code ADD CONSTRAINT} names it so its downgrade can drop it.
 */
final class ConstraintNames {

	private ConstraintNames() {
	}

	static String conventional(Table table, Constraint constraint) {
		String name = table.name().name();
		if (constraint instanceof PrimaryKey) {
			return name(name, List.of(), "pkey");
		}
		if (constraint instanceof UniqueConstraint unique) {
			return name(name, unique.columns(), "key");
		}
		if (constraint instanceof ForeignKey key) {
			return name(name, key.columns(), "fkey");
		}
		return name(name, referencedColumns(table, ((CheckConstraint) constraint).expression()), "check");
	}

	/** The one column a check expression names, as PostgreSQL works it out, or none when it names several. */
	private static List<String> referencedColumns(Table table, String expression) {
		List<String> named = table.columns().stream()
			.map(Column::name)
			.filter((column) -> Pattern.compile("(?<![\\w\"])" + Pattern.quote(column) + "(?![\\w\"])|\""
					+ Pattern.quote(column.replace("\"", "\"\"")) + "\"").matcher(expression).find())
			.toList();
		return (named.size() == 1) ? named : List.of();
	}

	/**
	 * PostgreSQL's {@code makeObjectName}: {@code table_columns_suffix} within 63 bytes, shortening whichever of the
	 * table name and the joined column names is longer, one byte at a time, then back to whole characters.
	 */
	private static String name(String table, List<String> columns, String suffix) {
		String middle = String.join("_", columns);
		int tableBytes = bytes(table);
		int middleBytes = bytes(middle);
		int available = Identifiers.MAX_BYTES - suffix.length() - 1 - (middle.isEmpty() ? 0 : 1);
		while (tableBytes + middleBytes > available) {
			if (tableBytes > middleBytes) {
				tableBytes--;
			}
			else {
				middleBytes--;
			}
		}
		return clipped(table, tableBytes) + (middle.isEmpty() ? "" : "_" + clipped(middle, middleBytes)) + "_" + suffix;
	}

	private static int bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8).length;
	}

	/** The longest start of the text that fits in {@code maxBytes} of UTF-8 without splitting a character. */
	private static String clipped(String text, int maxBytes) {
		int end = 0;
		while (end < text.length()) {
			int next = text.offsetByCodePoints(end, 1);
			if (bytes(text.substring(0, next)) > maxBytes) {
				break;
			}
			end = next;
		}
		return text.substring(0, end);
	}

}
