package dev.migrations.core.codegen;

/**
 * String literals for generated source, escaped so that any text (a message, a name, an SQL expression) stays inside
 * its literal and reads back exactly. JavaPoet's {@code $S} is not enough: it leaves the line and paragraph separators
 * (U+2028, U+2029) as they are and then breaks the line there, inside the literal, so a message or a name holding one
 * gave source that did not compile.
 */
final class JavaLiterals {

	private JavaLiterals() {
	}

	/** The text as a Java string literal; {@code null} as {@code null}. */
	static String literal(String text) {
		return append(new StringBuilder(), text).toString();
	}

	/** Appends the text as a Java string literal ({@code null} as {@code null}) and returns {@code out}. */
	static StringBuilder append(StringBuilder out, String text) {
		if (text == null) {
			return out.append("null");
		}
		out.append('"');
		int plain = 0;
		for (int i = 0; i < text.length(); i++) {
			String escape = escape(text.charAt(i));
			if (escape != null) {
				out.append(text, plain, i).append(escape);
				plain = i + 1;
			}
		}
		return out.append(text, plain, text.length()).append('"');
	}

	/** The escape for a character that cannot stand as it is inside a literal, or {@code null}. */
	private static String escape(char c) {
		return switch (c) {
			case '"' -> "\\\"";
			case '\\' -> "\\\\";
			case '\n' -> "\\n";
			case '\r' -> "\\r";
			case '\t' -> "\\t";
			default -> (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') ? String.format("\\u%04x", (int) c)
					: null;
		};
	}

}
