package dev.migrations.hibernate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.migrations.core.schema.ColumnType;
import dev.migrations.core.schema.ColumnTypes;

/**
 * A JPA {@code columnDefinition}, which Hibernate writes verbatim in place of the column's type (and then reports the
 * column nullable and without default). What the model can hold is read: a type followed by
 * {@code default <expression>}, {@code not null} or {@code null} in any order, so {@code text default 'n/a' not null}
 * is a {@code text} column, not null, defaulting to {@code 'n/a'}. A definition with any other clause ({@code check},
 * {@code unique}, {@code references}, {@code collate}, {@code generated}, {@code constraint}, {@code primary key}) is
 * kept whole as a raw type, with neither nullability nor default: the model cannot say what it means.
 *
 * @param type the column type
 * @param notNull whether the definition says {@code not null}
 * @param defaultExpression the default expression as written, or {@code null}
 */
record ColumnDefinition(ColumnType type, boolean notNull, String defaultExpression) {

	/** Clause keywords, longest first where one starts another. */
	private static final Pattern KEYWORD = Pattern.compile(
			"(default|not\\s+null|null|check|unique|references|collate|generated|constraint|primary\\s+key|not)\\b");

	private static final Set<String> READABLE = Set.of("default", "not null", "null");

	static ColumnDefinition parse(String definition) {
		List<Clause> clauses = clauses(definition);
		String type = clauses.isEmpty() ? definition : definition.substring(0, clauses.get(0).start());
		if (type.isBlank() || !clauses.stream().allMatch((clause) -> READABLE.contains(clause.keyword()))) {
			return new ColumnDefinition(ColumnTypes.parse(definition), false, null);
		}
		boolean notNull = false;
		String defaultExpression = null;
		for (int i = 0; i < clauses.size(); i++) {
			Clause clause = clauses.get(i);
			if (clause.keyword().equals("not null")) {
				notNull = true;
			}
			else if (clause.keyword().equals("default")) {
				boolean defaultNull = i + 1 < clauses.size() && clauses.get(i + 1).keyword().equals("null")
						&& definition.substring(clause.end(), clauses.get(i + 1).start()).isBlank();
				if (defaultNull) {
					i++;
				}
				int end = (i + 1 < clauses.size()) ? clauses.get(i + 1).start() : definition.length();
				defaultExpression = definition.substring(clause.end(), end).trim();
			}
		}
		return new ColumnDefinition(ColumnTypes.parse(type), notNull, defaultExpression);
	}

	/** The clause keywords that stand outside quotes and parentheses, in order. */
	private static List<Clause> clauses(String definition) {
		Matcher keyword = KEYWORD.matcher(definition.toLowerCase(Locale.ROOT));
		int[] nesting = SqlNesting.of(definition);
		List<Clause> clauses = new ArrayList<>();
		for (int i = 0; i < definition.length(); i++) {
			if (nesting[i] == 0 && startsWord(definition, i) && keyword.region(i, definition.length()).lookingAt()) {
				clauses.add(new Clause(keyword.group(1).replaceAll("\\s+", " "), i, keyword.end()));
				i = keyword.end() - 1;
			}
		}
		return clauses;
	}

	private static boolean startsWord(String text, int i) {
		return Character.isLetter(text.charAt(i)) && (i == 0 || !isIdentifierPart(text.charAt(i - 1)));
	}

	private static boolean isIdentifierPart(char c) {
		return Character.isLetterOrDigit(c) || c == '_' || c == '$';
	}

	/** A keyword and where it stands in the definition. */
	private record Clause(String keyword, int start, int end) {
	}

}
