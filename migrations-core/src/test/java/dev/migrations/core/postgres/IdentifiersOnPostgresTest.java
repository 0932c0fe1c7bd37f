package dev.migrations.core.postgres;

import java.sql.SQLException;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.migrations.core.schema.QualifiedName;
import dev.migrations.testsupport.FreshDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/** {@link Identifiers} quotes as the server's own {@code quote_ident} does, keywords included. */
class IdentifiersOnPostgresTest {

	@RegisterExtension
	static final FreshDatabase database = new FreshDatabase();

	private static Sql sql;

	@BeforeAll
	static void connect() {
		sql = new Sql(database.dataSource());
	}

	@Test
	void quotesLikeQuoteIdent() throws SQLException {
		for (String name : List.of("users", "_x1", "order", "user", "Mixed Case", "a\"b", "café", "1st", "a$b", "a.b",
				"name", "comment", "UPPER", "ñ", "x\"; DROP TABLE y; --", "a".repeat(63))) {
			assertThat(Identifiers.quote(name)).as(name).isEqualTo(sql.value("SELECT quote_ident(?)", name));
		}
	}

	/**
	 * The embedded keyword list is PostgreSQL 18's, a superset of older versions': on those, words that became
	 * keywords later ({@code json}, {@code system_user}) are quoted though they need not be, which is harmless.
	 */
	@Test
	void quotesEveryKeywordTheServerNeedsQuotedAndNoUnreservedOne() throws SQLException {
		List<List<String>> keywords = sql.rows("SELECT word, catcode::text, quote_ident(word) FROM pg_get_keywords()");
		assertThat(keywords).hasSizeGreaterThan(400).allSatisfy((keyword) -> assertThat(Identifiers.quote(keyword.get(0)))
			.as("%s (category %s)", keyword.get(0), keyword.get(1))
			.isEqualTo(keyword.get(2)));
	}

	@Test
	void aQuotedNameIsParsedBackAsTheSameName() throws SQLException {
		for (String name : List.of("order", "Mixed Case", "a\"b", "café", "Select", "a.b")) {
			assertThat(sql.rows("SELECT unnest(parse_ident(?))", Identifiers.qualified(QualifiedName.of("My Schema", name))))
				.containsExactly(List.of("My Schema"), List.of(name));
		}
	}

}
