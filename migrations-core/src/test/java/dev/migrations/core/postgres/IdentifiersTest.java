package dev.migrations.core.postgres;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.migrations.core.schema.QualifiedName;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class IdentifiersTest {

	@ParameterizedTest
	@ValueSource(strings = { "users", "created_at", "_private", "a1", "x" })
	void lowerCaseNamesStayBare(String name) {
		assertThat(Identifiers.quote(name)).isEqualTo(name);
	}

	@ParameterizedTest
	@ValueSource(strings = { "name", "comment", "type", "data", "key", "index", "value", "position_x", "action" })
	void unreservedKeywordsAndOrdinaryWordsStayBare(String name) {
		assertThat(Identifiers.quote(name)).isEqualTo(name);
	}

	@ParameterizedTest
	@ValueSource(strings = { "order", "user", "table", "select", "group", "check", "default", "primary",
			"between", "integer", "json", "values", "timestamp", "concurrently", "left", "join", "similar" })
	void keywordsThatCannotStandBareAreQuoted(String keyword) {
		assertThat(Identifiers.quote(keyword)).isEqualTo("\"" + keyword + "\"");
	}

	@Test
	void upperCaseSpacesAndUnicodeAreQuoted() {
		assertThat(Identifiers.quote("Users")).isEqualTo("\"Users\"");
		assertThat(Identifiers.quote("Mixed Case")).isEqualTo("\"Mixed Case\"");
		assertThat(Identifiers.quote("café")).isEqualTo("\"café\"");
		assertThat(Identifiers.quote("1st")).isEqualTo("\"1st\"");
		assertThat(Identifiers.quote("a.b")).isEqualTo("\"a.b\"");
		assertThat(Identifiers.quote("a-b")).isEqualTo("\"a-b\"");
	}

	@Test
	void dollarSignsAreQuotedAsQuoteIdentDoes() {
		assertThat(Identifiers.quote("a$b")).isEqualTo("\"a$b\"");
	}

	@Test
	void doubleQuotesInsideANameAreDoubled() {
		assertThat(Identifiers.quote("a\"b")).isEqualTo("\"a\"\"b\"");
		assertThat(Identifiers.quote("\"")).isEqualTo("\"\"\"\"");
	}

	@Test
	void injectionAttemptsStayOneQuotedName() {
		assertThat(Identifiers.quote("x\"; DROP TABLE users; --")).isEqualTo("\"x\"\"; DROP TABLE users; --\"");
	}

	@Test
	void sixtyThreeBytesAreAccepted() {
		assertThat(Identifiers.quote("a".repeat(63))).isEqualTo("a".repeat(63));
		assertThat(Identifiers.quote("é".repeat(31) + "a")).isEqualTo("\"" + "é".repeat(31) + "a\"");
	}

	@Test
	void sixtyFourBytesAreRefusedBecausePostgresWouldTruncateSilently() {
		String name = "a".repeat(64);
		assertThatIllegalArgumentException().isThrownBy(() -> Identifiers.quote(name))
			.withMessageContaining(name)
			.withMessageContaining("64 bytes")
			.withMessageContaining("63 bytes");
	}

	@Test
	void lengthIsCountedInUtf8BytesNotCharacters() {
		String name = "é".repeat(32);
		assertThat(name).hasSize(32);
		assertThatIllegalArgumentException().isThrownBy(() -> Identifiers.quote(name))
			.withMessageContaining("64 bytes");
	}

	@Test
	void emptyNamesAreRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> Identifiers.quote("")).withMessageContaining("empty");
	}

	@Test
	void namesWithANulCharacterAreRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> Identifiers.quote("a\0b")).withMessageContaining("NUL");
	}

	@Test
	void qualifiedNamesAreQuotedPartByPart() {
		assertThat(Identifiers.qualified(QualifiedName.of("users"))).isEqualTo("users");
		assertThat(Identifiers.qualified(QualifiedName.of("billing", "invoices"))).isEqualTo("billing.invoices");
		assertThat(Identifiers.qualified(QualifiedName.of("Sales", "order"))).isEqualTo("\"Sales\".\"order\"");
		assertThat(Identifiers.qualified(QualifiedName.of("a.b"))).isEqualTo("\"a.b\"");
	}

}
