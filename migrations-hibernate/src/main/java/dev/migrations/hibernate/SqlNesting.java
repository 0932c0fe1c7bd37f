package dev.migrations.hibernate;

/**
 * Where each character of an SQL fragment stands: how deep in parentheses, or inside a quoted literal or identifier.
 * Enough to find the top level of the fragments mappings carry (column definitions, index expressions); it knows
 * {@code 'it''s'} and {@code "a""b"} but not dollar quoting or comments, which such fragments do not hold.
 */
final class SqlNesting {

	/** The depth of a character inside quotes. */
	static final int QUOTED = -1;

	private SqlNesting() {
	}

	/** For each character, the number of parentheses open before it, or {@link #QUOTED}. */
	static int[] of(String sql) {
		int[] nesting = new int[sql.length()];
		int depth = 0;
		char quote = 0;
		for (int i = 0; i < sql.length(); i++) {
			char c = sql.charAt(i);
			if (quote != 0) {
				nesting[i] = QUOTED;
				quote = (c == quote) ? 0 : quote;
			}
			else if (c == '\'' || c == '"') {
				nesting[i] = QUOTED;
				quote = c;
			}
			else {
				nesting[i] = depth;
				depth += (c == '(') ? 1 : (c == ')') ? -1 : 0;
			}
		}
		return nesting;
	}

}
