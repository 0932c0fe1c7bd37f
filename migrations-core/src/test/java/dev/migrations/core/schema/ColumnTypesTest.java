package dev.migrations.core.schema;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ColumnTypesTest {

	@ParameterizedTest(name = "{0} is {1}")
	@CsvSource(delimiter = '|', textBlock = """
			int4                          | integer
			INTEGER                       | integer
			int8                          | bigint
			serial                        | serial
			varchar(20)                   | character varying(20)
			character varying ( 20 )      | character varying(20)
			bpchar(3)                     | character(3)
			bool                          | boolean
			float8                        | double precision
			float(53)                     | double precision
			float(10)                     | real
			decimal(19,4)                 | numeric(19,4)
			timestamptz                   | timestamp with time zone
			timestamp(6) with time zone   | timestamp with time zone(6)
			timestamp                     | timestamp without time zone
			timestamp(3) without time zone| timestamp without time zone(3)
			timetz                        | time with time zone
			text[]                        | text[]
			varchar(255) array            | character varying(255)[]
			integer[][]                   | integer[][]
			jsonb                         | jsonb
			""")
	void recognisedSpellingsBecomeTheCanonicalType(String spelling, String canonical) {
		ColumnType type = ColumnTypes.parse(spelling);

		assertThat(type.isRaw()).isFalse();
		assertThat(type.name() + (type.modifiers().isEmpty() ? "" : type.modifiers().toString().replace("[", "(")
			.replace("]", ")").replace(" ", "")) + "[]".repeat(type.arrayDimensions())).isEqualTo(canonical);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			timestamp(6) with time zone | timestamp(6) with time zone
			numeric(10,2)[]             | numeric(10,2)[]
			varchar                     | character varying
			""")
	void describePlacesModifiersWherePostgresqlPrintsThem(String spelling, String described) {
		assertThat(ColumnTypes.parse(spelling).describe()).isEqualTo(described);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			geometry(Point,4326)
			"My Domain"
			varchar(10) collate "C"
			""")
	void unknownTypesAreKeptVerbatim(String spelling) {
		ColumnType type = ColumnTypes.parse(spelling);

		assertThat(type.isRaw()).isTrue();
		assertThat(type.describe()).isEqualTo(spelling);
	}

	@ParameterizedTest
	@CsvSource({ "timestamp", "timestamp(3)", "timestamp without time zone", "timestamp[]" })
	void timestampWithoutTimeZoneIsRecognisedInEverySpelling(String spelling) {
		assertThat(ColumnTypes.parse(spelling).isTimestampWithoutTimeZone()).isTrue();
	}

	@ParameterizedTest
	@CsvSource({ "timestamptz", "timestamp with time zone", "date", "time" })
	void otherDateTimeTypesAreNotTimestampWithoutTimeZone(String spelling) {
		assertThat(ColumnTypes.parse(spelling).isTimestampWithoutTimeZone()).isFalse();
	}

}
