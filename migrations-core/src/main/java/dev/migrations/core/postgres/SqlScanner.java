package dev.migrations.core.postgres;

import java.util.BitSet;

/**
 * Tells the code of a piece of hand-written SQL from what only looks like code: string constants ({@code '...'},
 * {@code E'...'}, {@code $tag$...$tag$}), quoted identifiers and comments (nested {@code /* ... *}{@code /} and
 * {@code --} to the end of the line), following PostgreSQL's lexer. Used to find JDBC placeholders, to see
 * whether an expression is already parenthesized and whether a script terminator would land in a comment.
 */
final class SqlScanner {

	private final String sql;

	private final BitSet code = new BitSet();

	private boolean endsInLineComment;

	private SqlScanner(String sql) {
		this.sql = sql;
	}

	/** Scans the given SQL. */
	static SqlScanner scan(String sql) {
		SqlScanner scanner = new SqlScanner(sql);
		scanner.run();
		return scanner;
	}

	/** Whether the character at the index is code: not inside a constant, a quoted identifier or a comment. */
	boolean isCode(int index) {
		return this.code.get(index);
	}

	/** Whether the text ends inside a {@code --} comment, so that anything appended would be commented out. */
	boolean endsInLineComment() {
		return this.endsInLineComment;
	}

	/** Whether one pair of parentheses encloses the whole text, as in {@code (a + b)} but not {@code (a) + (b)}. */
	boolean isParenthesized() {
		int depth = 0;
		for (int i = this.code.nextSetBit(0); i >= 0; i = this.code.nextSetBit(i + 1)) {
			char c = this.sql.charAt(i);
			if (c == '(' || c == ')') {
				depth += (c == '(') ? 1 : -1;
				if (depth == 0) {
					return i == this.sql.length() - 1;
				}
			}
			else if (depth == 0) {
				return false;
			}
		}
		return false;
	}

	private void run() {
		int length = this.sql.length();
		int i = 0;
		while (i < length) {
			char c = this.sql.charAt(i);
			char next = (i + 1 < length) ? this.sql.charAt(i + 1) : 0;
			String dollarTag = (c == '$') ? dollarTag(i) : null;
			if (c == '-' && next == '-') {
				i = skipLineComment(i);
			}
			else if (c == '/' && next == '*') {
				i = skipBlockComment(i);
			}
			else if (c == '\'') {
				i = skipQuoted(i, '\'', isEscapeStringStart(i));
			}
			else if (c == '"') {
				i = skipQuoted(i, '"', false);
			}
			else if (dollarTag != null) {
				i = skipDollarQuoted(i, dollarTag);
			}
			else {
				this.code.set(i);
				i++;
			}
		}
	}

	private int skipLineComment(int start) {
		for (int i = start; i < this.sql.length(); i++) {
			char c = this.sql.charAt(i);
			if (c == '\n' || c == '\r') {
				return i;
			}
		}
		this.endsInLineComment = true;
		return this.sql.length();
	}

	private int skipBlockComment(int start) {
		int depth = 0;
		int i = start;
		while (i + 1 < this.sql.length()) {
			String pair = this.sql.substring(i, i + 2);
			if (pair.equals("/*")) {
				depth++;
				i += 2;
			}
			else if (pair.equals("*/")) {
				depth--;
				i += 2;
				if (depth == 0) {
					return i;
				}
			}
			else {
				i++;
			}
		}
		return this.sql.length();
	}

	/** Skips a quoted run whose quote is escaped by doubling it and, in {@code E'...'}, also by a backslash. */
	private int skipQuoted(int start, char quote, boolean backslashEscapes) {
		int i = start + 1;
		while (i < this.sql.length()) {
			char c = this.sql.charAt(i);
			if (backslashEscapes && c == '\\') {
				i += 2;
			}
			else if (c == quote && i + 1 < this.sql.length() && this.sql.charAt(i + 1) == quote) {
				i += 2;
			}
			else if (c == quote) {
				return i + 1;
			}
			else {
				i++;
			}
		}
		return this.sql.length();
	}

	private boolean isEscapeStringStart(int quote) {
		if (quote == 0) {
			return false;
		}
		char prefix = this.sql.charAt(quote - 1);
		return (prefix == 'E' || prefix == 'e') && (quote == 1 || !isIdentifierPart(this.sql.charAt(quote - 2)));
	}

	/** The {@code $tag$} opening a dollar-quoted constant at the index, or {@code null} when there is none. */
	private String dollarTag(int start) {
		if (start > 0 && isIdentifierPart(this.sql.charAt(start - 1))) {
			return null;
		}
		int i = start + 1;
		if (i < this.sql.length() && isIdentifierStart(this.sql.charAt(i))) {
			while (i < this.sql.length() && isIdentifierPart(this.sql.charAt(i)) && this.sql.charAt(i) != '$') {
				i++;
			}
		}
		return (i < this.sql.length() && this.sql.charAt(i) == '$') ? this.sql.substring(start, i + 1) : null;
	}

	private int skipDollarQuoted(int start, String tag) {
		int end = this.sql.indexOf(tag, start + tag.length());
		return (end < 0) ? this.sql.length() : end + tag.length();
	}

	private static boolean isIdentifierStart(char c) {
		return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 0x80;
	}

	private static boolean isIdentifierPart(char c) {
		return isIdentifierStart(c) || (c >= '0' && c <= '9') || c == '$';
	}

}
