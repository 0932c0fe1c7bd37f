package dev.migrations.hibernate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import dev.migrations.core.schema.ColumnTypes;

class ColumnDefinitionTest {

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', quoteCharacter = '"', nullValues = "-", textBlock = """
			text default 'n/a' not null                   | text                        | true  | 'n/a'
			varchar(64)                                   | character varying(64)       | false | -
			TIMESTAMP WITH TIME ZONE DEFAULT now()        | timestamp with time zone    | false | now()
			numeric(10,2) not null default 0              | numeric(10,2)               | true  | 0
			text default 'not null, unique' null          | text                        | false | 'not null, unique'
			integer default null                          | integer                     | false | null
			boolean default (1 = 1) not null              | boolean                     | true  | (1 = 1)
			timestamptz not null default now() + interval '1 day' | timestamp with time zone | true | now() + interval '1 day'
			""")
	void readsTheTypeTheDefaultAndNotNull(String definition, String type, boolean notNull, String defaultExpression) {
		ColumnDefinition read = ColumnDefinition.parse(definition);

		assertThat(read.type()).isEqualTo(ColumnTypes.parse(type));
		assertThat(read.notNull()).isEqualTo(notNull);
		assertThat(read.defaultExpression()).isEqualTo(defaultExpression);
	}

	@ParameterizedTest
	@ValueSource(strings = { "text check (length(note) > 0)", "varchar(10) collate \"C\"", "integer unique",
			"bigint generated always as identity", "bigint references customer", "text not deferrable",
			"integer constraint positive check (value > 0)", "uuid primary key" })
	void keepsADefinitionWithOtherClausesWholeAsARawType(String definition) {
		ColumnDefinition read = ColumnDefinition.parse(definition);

		assertThat(read.type().isRaw()).isTrue();
		assertThat(read.type().describe()).isEqualTo(definition);
		assertThat(read.notNull()).isFalse();
		assertThat(read.defaultExpression()).isNull();
	}

	@ParameterizedTest
	@ValueSource(strings = { "geometry(Point,4326)", "\"Not Null Domain\"" })
	void keepsAnUnknownTypeRaw(String definition) {
		ColumnDefinition read = ColumnDefinition.parse(definition);

		assertThat(read.type().isRaw()).isTrue();
		assertThat(read.type().describe()).isEqualTo(definition);
	}

}
