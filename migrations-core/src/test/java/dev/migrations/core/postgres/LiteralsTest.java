package dev.migrations.core.postgres;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class LiteralsTest {

	enum Status {

		ACTIVE

	}

	@Test
	void nullIsNull() {
		assertThat(Literals.literal(null)).isEqualTo("NULL");
	}

	@Test
	void stringsAreQuotedWithInnerQuotesDoubled() {
		assertThat(Literals.literal("hello")).isEqualTo("'hello'");
		assertThat(Literals.literal("it's")).isEqualTo("'it''s'");
		assertThat(Literals.literal("")).isEqualTo("''");
		assertThat(Literals.literal("café \"quoted\" ?")).isEqualTo("'café \"quoted\" ?'");
	}

	@Test
	void anInjectionAttemptStaysOneString() {
		assertThat(Literals.literal("'; drop table x; --")).isEqualTo("'''; drop table x; --'");
		assertThat(Literals.literal("'); DROP TABLE x; --")).isEqualTo("'''); DROP TABLE x; --'");
	}

	@Test
	void backslashesMakeAnEscapeStringSoTheTextMeansTheSameWhateverStandardConformingStringsSays() {
		assertThat(Literals.literal("C:\\temp")).isEqualTo("E'C:\\\\temp'");
		assertThat(Literals.literal("\\'; drop table x; --")).isEqualTo("E'\\\\''; drop table x; --'");
	}

	@Test
	void stringsWithANulCharacterAreRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> Literals.literal("a\0b")).withMessageContaining("NUL");
	}

	@Test
	void booleans() {
		assertThat(Literals.literal(true)).isEqualTo("TRUE");
		assertThat(Literals.literal(false)).isEqualTo("FALSE");
	}

	@Test
	void integralNumbers() {
		assertThat(Literals.literal((byte) 7)).isEqualTo("7");
		assertThat(Literals.literal((short) -3)).isEqualTo("-3");
		assertThat(Literals.literal(42)).isEqualTo("42");
		assertThat(Literals.literal(Long.MIN_VALUE)).isEqualTo("-9223372036854775808");
		assertThat(Literals.literal(new BigInteger("123456789012345678901234567890")))
			.isEqualTo("123456789012345678901234567890");
	}

	@Test
	void decimalNumbers() {
		assertThat(Literals.literal(new BigDecimal("12.50"))).isEqualTo("12.50");
		assertThat(Literals.literal(new BigDecimal("1E+3"))).isEqualTo("1E+3");
		assertThat(Literals.literal(0.1d)).isEqualTo("0.1");
		assertThat(Literals.literal(2.5f)).isEqualTo("2.5");
		assertThat(Literals.literal(1e20)).isEqualTo("1.0E20");
	}

	@Test
	void nanAndInfinitiesAreTypedStrings() {
		assertThat(Literals.literal(Double.NaN)).isEqualTo("'NaN'::double precision");
		assertThat(Literals.literal(Double.POSITIVE_INFINITY)).isEqualTo("'Infinity'::double precision");
		assertThat(Literals.literal(Double.NEGATIVE_INFINITY)).isEqualTo("'-Infinity'::double precision");
		assertThat(Literals.literal(Float.NaN)).isEqualTo("'NaN'::real");
		assertThat(Literals.literal(Float.NEGATIVE_INFINITY)).isEqualTo("'-Infinity'::real");
	}

	@Test
	void uuids() {
		UUID id = UUID.fromString("0b6f3e2c-8f1d-4c2a-9e3b-6a7d5c4b3a21");
		assertThat(Literals.literal(id)).isEqualTo("'0b6f3e2c-8f1d-4c2a-9e3b-6a7d5c4b3a21'::uuid");
	}

	@Test
	void byteArraysAreHexBytea() {
		assertThat(Literals.literal(new byte[] { 0x00, 0x1f, (byte) 0xff })).isEqualTo("E'\\\\x001fff'::bytea");
		assertThat(Literals.literal(new byte[0])).isEqualTo("E'\\\\x'::bytea");
	}

	@Test
	void enumsAreTheirName() {
		assertThat(Literals.literal(Status.ACTIVE)).isEqualTo("'ACTIVE'");
	}

	@Test
	void instantsAndOffsetDateTimesAreIsoTimestamptz() {
		assertThat(Literals.literal(Instant.parse("2025-10-03T21:49:00Z"))).isEqualTo("'2025-10-03T21:49:00Z'::timestamptz");
		assertThat(Literals.literal(Instant.parse("2025-10-03T21:49:00.123456Z")))
			.isEqualTo("'2025-10-03T21:49:00.123456Z'::timestamptz");
		assertThat(Literals.literal(OffsetDateTime.of(2025, 10, 3, 23, 49, 0, 0, ZoneOffset.ofHours(2))))
			.isEqualTo("'2025-10-03T23:49:00+02:00'::timestamptz");
	}

	@Test
	void localDateTimesDatesAndTimes() {
		assertThat(Literals.literal(LocalDateTime.of(2025, 10, 3, 21, 49))).isEqualTo("'2025-10-03T21:49:00'::timestamp");
		assertThat(Literals.literal(LocalDate.of(2025, 10, 3))).isEqualTo("'2025-10-03'::date");
		assertThat(Literals.literal(LocalTime.of(21, 49, 5))).isEqualTo("'21:49:05'::time");
	}

	@Test
	void otherTypesAreRefusedNamingTheType() {
		assertThatIllegalArgumentException().isThrownBy(() -> Literals.literal(new Date()))
			.withMessageContaining("java.util.Date");
		assertThatIllegalArgumentException().isThrownBy(() -> Literals.literal(new Object()))
			.withMessageContaining("java.lang.Object");
	}

}
