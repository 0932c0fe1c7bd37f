package dev.migrations.core.postgres;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.migrations.testsupport.FreshDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every constant {@link Literals} writes means to PostgreSQL what the value means in Java, whatever
 * {@code standard_conforming_strings} says, and binding the value over JDBC stores the same thing.
 */
class LiteralsOnPostgresTest {

	enum Level {

		HIGH

	}

	private static final List<String> STRINGS = List.of("plain", "it's", "'); DROP TABLE x; --", "back\\slash",
			"\\'; DROP TABLE x; --", "café ✓ 日本", "line\nbreak\ttab", "$$ dollar $$", "?", "");

	@RegisterExtension
	static final FreshDatabase database = new FreshDatabase();

	private static Sql sql;

	@BeforeAll
	static void connect() {
		sql = new Sql(database.dataSource());
	}

	@Test
	void stringsAreWrittenAsQuoteLiteralWritesThem() throws SQLException {
		for (String text : STRINGS) {
			assertThat(Literals.literal(text)).as(text).isEqualTo(sql.value("SELECT quote_literal(?)", text));
		}
	}

	@Test
	void stringsMeanTheSameWithStandardConformingStringsOnOrOff() throws SQLException {
		for (String setting : List.of("on", "off")) {
			for (String text : STRINGS) {
				assertThat(select("SET standard_conforming_strings = " + setting, Literals.literal(text)))
					.as("%s with standard_conforming_strings %s", text, setting)
					.isEqualTo(text);
			}
		}
	}

	@Test
	void valuesOfEveryTypeReadBackAsThemselves() throws SQLException {
		UUID uuid = UUID.fromString("0b6f3e2c-8f1d-4c2a-9e3b-6a7d5c4b3a21");
		assertThat(text(null)).isNull();
		assertThat(text(true)).isEqualTo("true");
		assertThat(text((byte) 7)).isEqualTo("7");
		assertThat(text((short) -3)).isEqualTo("-3");
		assertThat(text(Long.MIN_VALUE)).isEqualTo("-9223372036854775808");
		assertThat(text(new BigInteger("123456789012345678901234567890"))).isEqualTo("123456789012345678901234567890");
		assertThat(text(new BigDecimal("-12.50"))).isEqualTo("-12.50");
		assertThat(text(new BigDecimal("1E+3"))).isEqualTo("1000");
		assertThat(text(1e20)).isEqualTo("100000000000000000000");
		assertThat(text(Double.NaN)).isEqualTo("NaN");
		assertThat(text(Double.NEGATIVE_INFINITY)).isEqualTo("-Infinity");
		assertThat(text(Float.POSITIVE_INFINITY)).isEqualTo("Infinity");
		assertThat(text(uuid)).isEqualTo(uuid.toString());
		assertThat(text(new byte[] { 0, 0x1f, (byte) 0xff })).isEqualTo("\\x001fff");
		assertThat(text(Level.HIGH)).isEqualTo("HIGH");
		assertThat(text(LocalDate.of(2025, 10, 3))).isEqualTo("2025-10-03");
		assertThat(text(LocalTime.of(21, 49, 5, 123_456_000))).isEqualTo("21:49:05.123456");
		assertThat(text(LocalDateTime.of(2025, 10, 3, 21, 49))).isEqualTo("2025-10-03 21:49:00");
		assertThat(select("SET TIME ZONE 'UTC'", Literals.literal(Instant.parse("2025-10-03T21:49:00.5Z"))))
			.isEqualTo("2025-10-03 21:49:00.5+00");
		assertThat(select("SET TIME ZONE 'UTC'",
				Literals.literal(OffsetDateTime.of(2025, 10, 3, 23, 49, 0, 0, ZoneOffset.ofHours(2)))))
			.isEqualTo("2025-10-03 21:49:00+00");
	}

	@Test
	void aScriptAndJdbcStoreTheSameValues() throws SQLException {
		sql.run((op) -> op.execute("""
				CREATE TYPE level AS ENUM ('HIGH');
				CREATE TABLE typed (t text, b boolean, i integer, l bigint, n numeric, d double precision, r real,
				    u uuid, y bytea, e level, j jsonb, ts timestamptz, lts timestamp, dt date, tm time)"""));
		List<Object> values = Arrays.asList("it's \\ ?", true, 42, Long.MAX_VALUE, new BigDecimal("3.14"), Double.NaN,
				1.5f, UUID.fromString("0b6f3e2c-8f1d-4c2a-9e3b-6a7d5c4b3a21"), new byte[] { 1, 2 }, Level.HIGH,
				"{\"a\": [1]}", Instant.parse("2025-10-03T21:49:00Z"), LocalDateTime.of(2025, 10, 3, 21, 49),
				LocalDate.of(2025, 10, 3), LocalTime.of(21, 49));
		SqlStatement insert = new SqlStatement("INSERT INTO typed VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
				values, true);

		sql.runStatements(List.of(insert));
		try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
			statement.execute(insert.toScript());
		}

		List<List<String>> rows = sql.rows("SELECT * FROM typed");
		assertThat(rows).hasSize(2);
		assertThat(rows.get(1)).isEqualTo(rows.get(0));
	}

	private static String text(Object value) throws SQLException {
		return select("SELECT 1", Literals.literal(value));
	}

	private static String select(String setting, String constant) throws SQLException {
		try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
			statement.execute(setting);
			try (ResultSet result = statement.executeQuery("SELECT (" + constant + ")::text")) {
				List<String> values = new ArrayList<>();
				while (result.next()) {
					values.add(result.getString(1));
				}
				assertThat(values).hasSize(1);
				return values.get(0);
			}
		}
	}

}
