package dev.migrations.core.postgres;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.UUID;

/**
 * Writes Java values as PostgreSQL constants, for the SQL text of offline scripts and checksums and for the
 * labels and comments of DDL (which takes no bind parameters). The output is deterministic and safe to splice
 * into SQL whatever the value holds.
 */
public final class Literals {

	private Literals() {
	}

	/**
	 * The value as an SQL constant.
	 * <ul>
	 * <li>{@code null}: {@code NULL}; {@link Boolean}: {@code TRUE} or {@code FALSE}</li>
	 * <li>{@link String}: {@code 'it''s'}, as {@code quote_literal} writes it: quotes doubled, and if it holds a
	 * backslash, an {@code E'...'} constant with backslashes doubled, so the text means the same whatever
	 * {@code standard_conforming_strings} says. An {@link Enum} is written as its name.</li>
	 * <li>{@link Byte}, {@link Short}, {@link Integer}, {@link Long}, {@link BigInteger}, {@link BigDecimal}:
	 * their digits; finite {@link Double} and {@link Float} likewise, and {@code NaN} or infinities as
	 * {@code 'NaN'::double precision}, {@code '-Infinity'::real} and so on</li>
	 * <li>{@link UUID}: {@code '...'::uuid}; {@code byte[]}: {@code E'\\x0a1b'::bytea}</li>
	 * <li>{@link Instant} and {@link OffsetDateTime}: ISO-8601 {@code '...'::timestamptz}; {@link LocalDateTime}:
	 * {@code '...'::timestamp}; {@link LocalDate}: {@code '...'::date}; {@link LocalTime}: {@code '...'::time}</li>
	 * </ul>
	 * @param value the value
	 * @return the SQL constant
	 * @throws IllegalArgumentException for a string holding a NUL character (PostgreSQL text cannot) and for
	 * values of any other type
	 */
	public static String literal(Object value) {
		if (value == null) {
			return "NULL";
		}
		if (value instanceof String string) {
			return string(string);
		}
		if (value instanceof Enum<?> constant) {
			return string(constant.name());
		}
		if (value instanceof Boolean bool) {
			return bool ? "TRUE" : "FALSE";
		}
		if (value instanceof Byte || value instanceof Short || value instanceof Integer || value instanceof Long
				|| value instanceof BigInteger || value instanceof BigDecimal) {
			return value.toString();
		}
		if (value instanceof Double number) {
			return floatingPoint(number, number.isNaN() || number.isInfinite(), "double precision");
		}
		if (value instanceof Float number) {
			return floatingPoint(number, number.isNaN() || number.isInfinite(), "real");
		}
		if (value instanceof UUID uuid) {
			return typed(uuid.toString(), "uuid");
		}
		if (value instanceof byte[] bytes) {
			return typed("\\x" + HexFormat.of().formatHex(bytes), "bytea");
		}
		if (value instanceof Instant instant) {
			return typed(DateTimeFormatter.ISO_INSTANT.format(instant), "timestamptz");
		}
		if (value instanceof OffsetDateTime dateTime) {
			return typed(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(dateTime), "timestamptz");
		}
		if (value instanceof LocalDateTime dateTime) {
			return typed(DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(dateTime), "timestamp");
		}
		if (value instanceof LocalDate date) {
			return typed(DateTimeFormatter.ISO_LOCAL_DATE.format(date), "date");
		}
		if (value instanceof LocalTime time) {
			return typed(DateTimeFormatter.ISO_LOCAL_TIME.format(time), "time");
		}
		throw new IllegalArgumentException("cannot write a value of type " + value.getClass().getName()
				+ " as an SQL constant; use a String, Boolean, number, UUID, byte[], enum, Instant, OffsetDateTime,"
				+ " LocalDateTime, LocalDate or LocalTime");
	}

	private static String floatingPoint(Number number, boolean special, String type) {
		return special ? typed(number.toString(), type) : number.toString();
	}

	private static String typed(String text, String type) {
		return string(text) + "::" + type;
	}

	private static String string(String text) {
		if (text.indexOf('\0') >= 0) {
			throw new IllegalArgumentException("a string with a NUL character cannot be stored in PostgreSQL: \""
					+ text.replace("\0", "\\0") + "\"");
		}
		String quoted = "'" + text.replace("'", "''") + "'";
		return (text.indexOf('\\') >= 0) ? "E" + quoted.replace("\\", "\\\\") : quoted;
	}

}
