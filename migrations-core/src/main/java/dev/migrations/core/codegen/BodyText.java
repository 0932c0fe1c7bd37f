package dev.migrations.core.codegen;

import java.util.regex.Pattern;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;

/**
 * The source of a method body, written as plain text so that JavaPoet copies it instead of formatting it piece by
 * piece. Only the types it names stay JavaPoet types, so that JavaPoet still imports them (or qualifies them where
 * their simple name is taken). Texts go in as escaped string literals ({@link JavaLiterals}) or as comment lines,
 * never as code.
 */
final class BodyText {

	/** One level of indentation, in the body as in the rest of the file. */
	static final String INDENT = "\t";

	/** What JavaPoet takes for a line break when it indents text: a comment must not hold one. */
	private static final Pattern LINE_BREAK = Pattern.compile("\\R");

	private final CodeBlock.Builder code = CodeBlock.builder();

	private final StringBuilder text = new StringBuilder();

	/** Appends source as it is. */
	BodyText append(String source) {
		this.text.append(source);
		return this;
	}

	/** Appends the text as a string literal. */
	BodyText literal(String text) {
		JavaLiterals.append(this.text, text);
		return this;
	}

	/** Appends the name of a type, imported by JavaPoet. */
	BodyText type(ClassName type) {
		flush();
		this.code.add("$T", type);
		return this;
	}

	/**
	 * Appends a note as {@code //} comment lines, one for each of its lines. Every other character that JavaPoet takes
	 * for a line break (U+2028, U+0085, ...) also starts a new comment line, so that no part of a note can become a
	 * line of code; backslashes are doubled, so that no {@code \\u000a} escape in it can end the line for the
	 * compiler.
	 */
	BodyText comment(String note) {
		note.lines().flatMap(LINE_BREAK::splitAsStream).forEach((line) -> this.text.append("// ")
			.append(line.replace("\\", "\\\\"))
			.append('\n'));
		return this;
	}

	/** The body so far, as a code block for {@code MethodSpec.addCode}. */
	CodeBlock build() {
		flush();
		return this.code.build();
	}

	private void flush() {
		if (!this.text.isEmpty()) {
			this.code.add("$L", this.text.toString());
			this.text.setLength(0);
		}
	}

}
