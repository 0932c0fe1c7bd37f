package dev.migrations.autoconfigure.autogenerate;

import java.util.List;
import java.util.regex.Pattern;

import dev.migrations.core.diff.ObjectFilter;
import dev.migrations.core.schema.QualifiedName;

/**
 * The {@code migrations.autogenerate.exclude} patterns as a filter: {@code audit_*} leaves out every object whose
 * name matches in any schema, {@code legacy.*} every object of schema {@code legacy}.
 */
final class ExcludePatterns implements ObjectFilter {

	private final List<Pattern> qualified;

	private final List<Pattern> unqualified;

	ExcludePatterns(List<String> patterns) {
		this.qualified = patterns.stream().filter((pattern) -> pattern.contains(".")).map(ExcludePatterns::glob).toList();
		this.unqualified = patterns.stream().filter((pattern) -> !pattern.contains(".")).map(ExcludePatterns::glob).toList();
	}

	private static Pattern glob(String pattern) {
		return Pattern.compile(Pattern.quote(pattern).replace("*", "\\E.*\\Q"));
	}

	@Override
	public boolean include(ObjectKind kind, QualifiedName name) {
		return this.unqualified.stream().noneMatch((pattern) -> pattern.matcher(name.name()).matches())
				&& this.qualified.stream().noneMatch((pattern) -> pattern.matcher(name.toString()).matches());
	}

}
