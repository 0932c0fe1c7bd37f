package dev.migrations.core.postgres;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * One SQL command, ready for JDBC or for a script.
 * <p>
 * When {@code parameters} is empty, {@code sql} is to run as a plain statement, verbatim: a {@code ?} in it is SQL
 * (the jsonb {@code ?} operator), not a placeholder. When there are parameters, {@code sql} is to be prepared:
 * each JDBC {@code ?} outside constants, quoted identifiers and comments takes the next parameter, and {@code ??}
 * stands for a literal {@code ?}, as the PostgreSQL JDBC driver reads it.
 *
 * @param sql the command, without a terminating {@code ;}
 * @param parameters the values of the placeholders, in order (they may be {@code null})
 * @param transactional {@code false} when PostgreSQL refuses to run the command inside a transaction block, as
 * for the operations of a non-transactional block
 */
public record SqlStatement(String sql, List<Object> parameters, boolean transactional) {

	/**
	 * Checks that there are as many parameters as placeholders.
	 * @throws IllegalArgumentException when they differ
	 */
	public SqlStatement {
		Objects.requireNonNull(sql, "sql");
		parameters = Collections.unmodifiableList(new ArrayList<>(parameters));
		if (!parameters.isEmpty()) {
			int placeholders = placeholders(sql, SqlScanner.scan(sql)).size();
			if (placeholders != parameters.size()) {
				throw new IllegalArgumentException("the statement has " + placeholders + " placeholder(s) but "
						+ parameters.size() + " parameter(s) were given: " + sql);
			}
		}
	}

	/** A transactional statement without parameters. */
	static SqlStatement of(String sql) {
		return new SqlStatement(sql, List.of(), true);
	}

	/** This statement, to be run outside any transaction block. */
	SqlStatement nonTransactional() {
		return new SqlStatement(this.sql, this.parameters, false);
	}

	/**
	 * Binds the parameters to a statement prepared from {@link #sql()}, so that PostgreSQL reads each value as it
	 * reads the constant {@link #toScript()} writes for it: a string (and an enum's name) is sent untyped, so
	 * PostgreSQL gives it the type of where it goes (an enum, {@code jsonb}, a date) as it does for a quoted
	 * constant; an {@link Instant} is sent as a {@code timestamptz}; other values as the driver maps them.
	 * @param statement the statement prepared from {@link #sql()}
	 * @throws SQLException when the driver refuses a value
	 */
	public void bindParameters(PreparedStatement statement) throws SQLException {
		for (int i = 0; i < this.parameters.size(); i++) {
			Object value = this.parameters.get(i);
			if (value instanceof String || value instanceof Enum<?>) {
				String text = (value instanceof Enum<?> constant) ? constant.name() : (String) value;
				statement.setObject(i + 1, text, Types.OTHER);
			}
			else if (value instanceof Instant instant) {
				statement.setObject(i + 1, OffsetDateTime.ofInstant(instant, ZoneOffset.UTC));
			}
			else {
				statement.setObject(i + 1, value);
			}
		}
	}

	/**
	 * The statement as a script line: parameters written in place as SQL constants (see
	 * {@link Literals#literal(Object)}), then a terminating {@code ;} (on a line of its own when the statement ends
	 * in a {@code --} comment; none added when the statement already ends with one). The same statement always
	 * gives the same text, so scripts can be diffed and checksummed.
	 * @throws IllegalArgumentException when a parameter has a type that cannot be written as a constant
	 */
	public String toScript() {
		String text = this.sql.stripTrailing();
		SqlScanner scanner = SqlScanner.scan(text);
		String body = this.parameters.isEmpty() ? text : inlineParameters(text, scanner);
		int last = text.length() - 1;
		if (last >= 0 && text.charAt(last) == ';' && scanner.isCode(last)) {
			return body;
		}
		return body + (scanner.endsInLineComment() ? "\n;" : ";");
	}

	private String inlineParameters(String text, SqlScanner scanner) {
		List<Integer> placeholders = placeholders(text, scanner);
		StringBuilder script = new StringBuilder();
		int next = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (next < placeholders.size() && placeholders.get(next) == i) {
				String literal = Literals.literal(this.parameters.get(next++));
				if (literal.startsWith("-") && script.length() > 0 && script.charAt(script.length() - 1) == '-') {
					script.append(' '); // "x -?" with -1 must not become the comment "x --1"
				}
				script.append(literal);
			}
			else {
				script.append(c);
				if (c == '?' && scanner.isCode(i)) {
					i++; // "??" stands for "?"
				}
			}
		}
		return script.toString();
	}

	/** The positions of the placeholders: each code {@code ?} that is not half of a {@code ??}. */
	private static List<Integer> placeholders(String text, SqlScanner scanner) {
		List<Integer> positions = new ArrayList<>();
		for (int i = 0; i < text.length(); i++) {
			if (text.charAt(i) == '?' && scanner.isCode(i)) {
				if (i + 1 < text.length() && text.charAt(i + 1) == '?' && scanner.isCode(i + 1)) {
					i++;
				}
				else {
					positions.add(i);
				}
			}
		}
		return positions;
	}

}
