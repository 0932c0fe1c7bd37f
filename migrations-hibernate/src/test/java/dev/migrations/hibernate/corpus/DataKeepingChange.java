package dev.migrations.hibernate.corpus;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a change, as autogenerate summarises it, keeps every row and value of the tables and columns that were
 * there: everything but dropping a table or a column and changing a column's type other than widening it (a longer
 * {@code varchar}, {@code text}, a larger integer, a numeric with more digits on both sides of the point,
 * {@code timestamp} to {@code timestamptz}).
 */
final class DataKeepingChange {

	private static final Pattern DROPS_DATA = Pattern.compile("^- drop (table|column) ");

	private static final Pattern TYPE_CHANGE = Pattern.compile(" type (.+) -> (.+)$");

	private static final Pattern VARCHAR = Pattern.compile("character varying\\((\\d+)\\)");

	private static final Pattern NUMERIC = Pattern.compile("numeric\\((\\d+),(\\d+)\\)");

	private static final List<String> INTEGERS = List.of("smallint", "integer", "bigint");

	private DataKeepingChange() {
	}

	static boolean keepsData(String summaryLine) {
		if (DROPS_DATA.matcher(summaryLine).find()) {
			return false;
		}
		Matcher type = TYPE_CHANGE.matcher(summaryLine);
		return !type.find() || widens(type.group(1), type.group(2));
	}

	private static boolean widens(String from, String to) {
		Matcher fromVarchar = VARCHAR.matcher(from);
		Matcher toVarchar = VARCHAR.matcher(to);
		if (fromVarchar.matches()) {
			return to.equals("text") || (toVarchar.matches()
					&& Integer.parseInt(toVarchar.group(1)) >= Integer.parseInt(fromVarchar.group(1)));
		}
		Matcher fromNumeric = NUMERIC.matcher(from);
		Matcher toNumeric = NUMERIC.matcher(to);
		if (fromNumeric.matches() && toNumeric.matches()) {
			int fromScale = Integer.parseInt(fromNumeric.group(2));
			int toScale = Integer.parseInt(toNumeric.group(2));
			return toScale >= fromScale && Integer.parseInt(toNumeric.group(1)) - toScale >= Integer
				.parseInt(fromNumeric.group(1)) - fromScale;
		}
		if (INTEGERS.contains(from) && INTEGERS.contains(to)) {
			return INTEGERS.indexOf(to) >= INTEGERS.indexOf(from);
		}
		return from.startsWith("timestamp") && from.endsWith("without time zone") && to.startsWith("timestamp")
				&& to.endsWith("with time zone") && !to.endsWith("without time zone");
	}

}
