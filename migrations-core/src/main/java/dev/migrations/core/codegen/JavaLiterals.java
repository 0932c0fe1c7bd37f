package dev.migrations.core.codegen;

import com.palantir.javapoet.CodeBlock;

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
	static CodeBlock literal(String text) {
		if (text == null) {
			return CodeBlock.of("null");
		}
		StringBuilder literal = new StringBuilder("\"");
		for (char c : text.toCharArray()) {
			switch (c) {
				case '"' -> literal.append("\\\"");
				case '\\' -> literal.append("\\\\");
				case '\n' -> literal.append("\\n");
				case '\r' -> literal.append("\\r");
				case '\t' -> literal.append("\\t");
				default -> literal.append((Character.isISOControl(c) || c == '\u2028' || c == '\u2029')
						? String.format("\\u%04x", (int) c) : String.valueOf(c));
			}
		}
		return CodeBlock.of("$L", literal.append('"'));
	}

}
