package dev.migrations.hibernate;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.hibernate.mapping.Column;
import org.hibernate.mapping.Selectable;
import org.hibernate.mapping.Table;

import dev.migrations.core.schema.Index;
import dev.migrations.core.schema.IndexPart;

/**
 * A table's indexes as Hibernate's PostgreSQL DDL creates them: {@code @Table(indexes)} entries that are not unique
 * column lists (those become unique constraints). A {@code columnList} entry starting with {@code (} is an expression
 * ({@code (lower(email))} is the expression {@code lower(email)}); {@code options = "where ..."} makes the index
 * partial. Other options and {@code asc}/{@code desc} are not in the model and are left out.
 */
final class Indexes {

	private static final Pattern WHERE = Pattern.compile("\\s*where\\s+(.+)", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

	private final PostgresNames names;

	Indexes(PostgresNames names) {
		this.names = names;
	}

	List<Index> of(Table table) {
		return table.getIndexes().values().stream().map(this::index).toList();
	}

	private Index index(org.hibernate.mapping.Index index) {
		List<IndexPart> parts = index.getSelectables().stream().map(this::part).toList();
		return new Index(this.names.name(index.getName()), null, parts, index.isUnique(), where(index.getOptions()),
				null);
	}

	private IndexPart part(Selectable selectable) {
		return (selectable instanceof Column column) ? IndexPart.column(this.names.column(column))
				: IndexPart.expression(unwrapped(selectable.getText()));
	}

	private static String where(String options) {
		Matcher where = (options != null) ? WHERE.matcher(options) : null;
		return (where != null && where.matches()) ? where.group(1).trim() : null;
	}

	/** The expression without the parentheses that mark it as one, when they enclose all of it. */
	private static String unwrapped(String expression) {
		String text = expression.trim();
		int[] nesting = SqlNesting.of(text);
		boolean enclosed = text.startsWith("(") && text.endsWith(")");
		for (int i = 1; enclosed && i < text.length(); i++) { // not back at the top level before the end: (a) + (b)
			enclosed = nesting[i] > 0 || nesting[i] == SqlNesting.QUOTED;
		}
		return enclosed ? text.substring(1, text.length() - 1).trim() : text;
	}

}
