package dev.migrations.core.schema;

import java.util.Objects;

/** One key of an index: a column (quoted when rendered) or an SQL expression (rendered as written). */
public record IndexPart(String text, boolean expression) {

	public IndexPart {
		Objects.requireNonNull(text, "an index part needs a column name or an expression");
	}

	/** A column key. */
	public static IndexPart column(String name) {
		return new IndexPart(name, false);
	}

	/** An expression key such as {@code lower(email)}. */
	public static IndexPart expression(String sql) {
		return new IndexPart(sql, true);
	}

}
