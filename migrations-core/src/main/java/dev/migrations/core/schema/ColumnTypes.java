package dev.migrations.core.schema;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Factories for {@link ColumnType}, and the one place where PostgreSQL's many spellings of a type are reduced to
 * its canonical one ({@code int4} and {@code integer}, {@code varchar} and {@code character varying},
 * {@code timestamptz} and {@code timestamp with time zone}).
 */
public final class ColumnTypes {

	static final String TIMESTAMP = "timestamp without time zone";

	static final String TIMESTAMPTZ = "timestamp with time zone";

	private static final Map<String, String> CANONICAL = Map.ofEntries(Map.entry("int", "integer"),
			Map.entry("int4", "integer"), Map.entry("integer", "integer"), Map.entry("int2", "smallint"),
			Map.entry("smallint", "smallint"), Map.entry("int8", "bigint"), Map.entry("bigint", "bigint"),
			Map.entry("serial", "serial"), Map.entry("serial4", "serial"), Map.entry("bigserial", "bigserial"),
			Map.entry("serial8", "bigserial"), Map.entry("smallserial", "smallserial"),
			Map.entry("serial2", "smallserial"), Map.entry("float8", "double precision"),
			Map.entry("double precision", "double precision"), Map.entry("float4", "real"), Map.entry("real", "real"),
			Map.entry("bool", "boolean"), Map.entry("boolean", "boolean"), Map.entry("varchar", "character varying"),
			Map.entry("character varying", "character varying"), Map.entry("char", "character"),
			Map.entry("character", "character"), Map.entry("bpchar", "character"), Map.entry("decimal", "numeric"),
			Map.entry("numeric", "numeric"), Map.entry("timestamp", TIMESTAMP), Map.entry(TIMESTAMP, TIMESTAMP),
			Map.entry("timestamptz", TIMESTAMPTZ), Map.entry(TIMESTAMPTZ, TIMESTAMPTZ),
			Map.entry("time", "time without time zone"), Map.entry("time without time zone", "time without time zone"),
			Map.entry("timetz", "time with time zone"), Map.entry("time with time zone", "time with time zone"),
			Map.entry("varbit", "bit varying"), Map.entry("bit varying", "bit varying"), Map.entry("bit", "bit"),
			Map.entry("text", "text"), Map.entry("uuid", "uuid"), Map.entry("date", "date"),
			Map.entry("interval", "interval"), Map.entry("json", "json"), Map.entry("jsonb", "jsonb"),
			Map.entry("bytea", "bytea"), Map.entry("inet", "inet"), Map.entry("cidr", "cidr"),
			Map.entry("macaddr", "macaddr"), Map.entry("xml", "xml"), Map.entry("oid", "oid"),
			Map.entry("money", "money"), Map.entry("tsvector", "tsvector"), Map.entry("citext", "citext"));

	// name, optional (modifiers), optional "with[out] time zone", then array suffixes
	private static final Pattern SPELLING = Pattern.compile(
			"([a-z][a-z0-9 ]*?)\\s*(?:\\(\\s*(\\d+(?:\\s*,\\s*-?\\d+)?)\\s*\\))?\\s*((?:with|without) time zone)?"
					+ "((?:\\s*\\[\\s*\\d*\\s*\\])*|\\s+array(?:\\s*\\[\\s*\\d*\\s*\\])?)");

	private ColumnTypes() {
	}

	/**
	 * Reads a type as written in SQL, in any of PostgreSQL's spellings, into its canonical value. Unrecognised
	 * text ({@code geometry(Point,4326)}, a domain) becomes a raw type, rendered exactly as given.
	 */
	public static ColumnType parse(String sql) {
		String text = sql.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
		Matcher matcher = SPELLING.matcher(text);
		if (!matcher.matches()) {
			return ColumnType.raw(sql);
		}
		String base = matcher.group(1).trim();
		if (matcher.group(3) != null) {
			base = base + " " + matcher.group(3);
		}
		List<Integer> modifiers = new ArrayList<>();
		if (matcher.group(2) != null) {
			for (String modifier : matcher.group(2).split(",")) {
				modifiers.add(Integer.parseInt(modifier.trim()));
			}
		}
		ColumnType type;
		if (base.equals("float") || base.equals("double")) {
			boolean single = !modifiers.isEmpty() && modifiers.get(0) <= 24;
			type = ColumnType.builtin(single ? "real" : "double precision", List.of());
		}
		else if (CANONICAL.containsKey(base)) {
			type = ColumnType.builtin(CANONICAL.get(base), modifiers);
		}
		else {
			return ColumnType.raw(sql);
		}
		String arrays = matcher.group(4);
		int dimensions = arrays.contains("array") ? 1 : (int) arrays.chars().filter((c) -> c == '[').count();
		for (int i = 0; i < dimensions; i++) {
			type = type.array();
		}
		return type;
	}

	/**
	 * Whether two types are the same to PostgreSQL: equal, or differing only in a precision PostgreSQL takes by
	 * default ({@code timestamp(6)} is {@code timestamp}).
	 */
	public static boolean equivalent(ColumnType a, ColumnType b) {
		return withoutDefaultPrecision(a).equals(withoutDefaultPrecision(b));
	}

	private static ColumnType withoutDefaultPrecision(ColumnType type) {
		boolean dateTime = type.name().startsWith("timestamp") || type.name().startsWith("time ")
				|| type.name().equals("interval");
		if (!dateTime || !type.modifiers().equals(List.of(6)) || type.namedType() != null || type.isRaw()) {
			return type;
		}
		ColumnType plain = ColumnType.builtin(type.name(), List.of());
		for (int i = 0; i < type.arrayDimensions(); i++) {
			plain = plain.array();
		}
		return plain;
	}

	/** Any type, written as SQL; recognised spellings become their canonical built-in type. */
	public static ColumnType type(String sql) {
		return parse(sql);
	}

	/** A user-defined type (a native enum, a domain) by name. */
	public static ColumnType named(String name) {
		return ColumnType.named(QualifiedName.of(name));
	}

	/** A user-defined type (a native enum, a domain) in a schema. */
	public static ColumnType named(QualifiedName name) {
		return ColumnType.named(name);
	}

	public static ColumnType uuid() {
		return ColumnType.builtin("uuid", List.of());
	}

	public static ColumnType text() {
		return ColumnType.builtin("text", List.of());
	}

	public static ColumnType varchar(int length) {
		return ColumnType.builtin("character varying", List.of(length));
	}

	/** {@code character varying} without a length limit. */
	public static ColumnType varchar() {
		return ColumnType.builtin("character varying", List.of());
	}

	public static ColumnType character(int length) {
		return ColumnType.builtin("character", List.of(length));
	}

	public static ColumnType smallint() {
		return ColumnType.builtin("smallint", List.of());
	}

	public static ColumnType integer() {
		return ColumnType.builtin("integer", List.of());
	}

	public static ColumnType bigint() {
		return ColumnType.builtin("bigint", List.of());
	}

	public static ColumnType numeric(int precision, int scale) {
		return ColumnType.builtin("numeric", List.of(precision, scale));
	}

	/** {@code numeric} without precision: any number of digits. */
	public static ColumnType numeric() {
		return ColumnType.builtin("numeric", List.of());
	}

	public static ColumnType real() {
		return ColumnType.builtin("real", List.of());
	}

	public static ColumnType doublePrecision() {
		return ColumnType.builtin("double precision", List.of());
	}

	public static ColumnType bool() {
		return ColumnType.builtin("boolean", List.of());
	}

	/** {@code timestamp with time zone}: the type every datetime column should have. */
	public static ColumnType timestamptz() {
		return ColumnType.builtin(TIMESTAMPTZ, List.of());
	}

	/** {@code timestamp(precision) with time zone}. */
	public static ColumnType timestamptz(int precision) {
		return ColumnType.builtin(TIMESTAMPTZ, List.of(precision));
	}

	/**
	 * {@code timestamp without time zone}. Refused by the TIMESTAMPTZ rule unless the column opts out with
	 * {@link Column#allowTimestampWithoutTimeZone()}.
	 */
	public static ColumnType timestamp() {
		return ColumnType.builtin(TIMESTAMP, List.of());
	}

	public static ColumnType date() {
		return ColumnType.builtin("date", List.of());
	}

	public static ColumnType time() {
		return ColumnType.builtin("time without time zone", List.of());
	}

	public static ColumnType interval() {
		return ColumnType.builtin("interval", List.of());
	}

	public static ColumnType json() {
		return ColumnType.builtin("json", List.of());
	}

	public static ColumnType jsonb() {
		return ColumnType.builtin("jsonb", List.of());
	}

	public static ColumnType bytea() {
		return ColumnType.builtin("bytea", List.of());
	}

	/** An array of the given element type, e.g. {@code arrayOf(text())} for {@code text[]}. */
	public static ColumnType arrayOf(ColumnType element) {
		return element.array();
	}

}
