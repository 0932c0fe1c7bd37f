package dev.migrations.core.postgres;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class SqlStatementTest {

	private static SqlStatement statement(String sql, Object... parameters) {
		return new SqlStatement(sql, Arrays.asList(parameters), true);
	}

	@Test
	void aScriptLineEndsWithASemicolon() {
		assertThat(statement("DROP TABLE users").toScript()).isEqualTo("DROP TABLE users;");
	}

	@Test
	void aStatementAlreadyTerminatedGetsNoSecondSemicolon() {
		assertThat(statement("DELETE FROM users;  \n").toScript()).isEqualTo("DELETE FROM users;");
	}

	@Test
	void aSemicolonInsideACommentOrConstantDoesNotTerminate() {
		assertThat(statement("SELECT ';'").toScript()).isEqualTo("SELECT ';';");
		assertThat(statement("SELECT 1 /* ; */").toScript()).isEqualTo("SELECT 1 /* ; */;");
	}

	@Test
	void aStatementEndingInALineCommentGetsItsSemicolonOnTheNextLine() {
		assertThat(statement("UPDATE users SET active = true -- everyone").toScript())
			.isEqualTo("UPDATE users SET active = true -- everyone\n;");
		assertThat(statement("UPDATE users SET active = true -- everyone\n").toScript())
			.isEqualTo("UPDATE users SET active = true -- everyone\n;");
	}

	@Test
	void parametersAreWrittenInPlaceAsConstants() {
		assertThat(statement("INSERT INTO t (a, b, c) VALUES (?, ?, ?)", 1, "it's", null).toScript())
			.isEqualTo("INSERT INTO t (a, b, c) VALUES (1, 'it''s', NULL);");
	}

	@Test
	void aParameterValueCannotBreakOutOfItsConstant() {
		assertThat(statement("INSERT INTO t (a) VALUES (?)", "'); DROP TABLE x; --").toScript())
			.isEqualTo("INSERT INTO t (a) VALUES ('''); DROP TABLE x; --');");
	}

	@Test
	void questionMarksInConstantsIdentifiersAndCommentsAreNotPlaceholders() {
		String sql = """
				SELECT '?', E'\\'?', "?", $$?$$, $tag$ ? $tag$, ? -- ?
				/* ? /* ? */ ? */ WHERE x = ?""";
		assertThat(statement(sql, 1, 2).toScript()).isEqualTo("""
				SELECT '?', E'\\'?', "?", $$?$$, $tag$ ? $tag$, 1 -- ?
				/* ? /* ? */ ? */ WHERE x = 2;""");
	}

	@Test
	void aDoubledQuestionMarkIsTheJdbcEscapeForTheOperator() {
		assertThat(statement("SELECT data ?? 'key', data ??| ? FROM t", "{a}").toScript())
			.isEqualTo("SELECT data ? 'key', data ?| '{a}' FROM t;");
	}

	@Test
	void withoutParametersTheTextIsVerbatimEvenWithQuestionMarks() {
		assertThat(statement("SELECT '{\"a\":1}'::jsonb ? 'a'").toScript()).isEqualTo("SELECT '{\"a\":1}'::jsonb ? 'a';");
	}

	@Test
	void aNegativeParameterAfterAMinusDoesNotStartAComment() {
		assertThat(statement("SELECT 1 -?", -1).toScript()).isEqualTo("SELECT 1 - -1;");
	}

	@Test
	void dollarSignsInsideIdentifiersAndPositionalParametersAreNotDollarQuotes() {
		assertThat(statement("SELECT a$b$ FROM t WHERE c = ? AND $1 = ?", 1, 2).toScript())
			.isEqualTo("SELECT a$b$ FROM t WHERE c = 1 AND $1 = 2;");
	}

	@Test
	void theParameterCountMustMatchThePlaceholders() {
		assertThatIllegalArgumentException().isThrownBy(() -> statement("SELECT ?, ?", 1))
			.withMessageContaining("2 placeholder(s)")
			.withMessageContaining("1 parameter(s)");
	}

	@Test
	void theScriptIsDeterministic() {
		SqlStatement statement = statement("INSERT INTO t VALUES (?, ?)", 1.5, 1);
		assertThat(statement.toScript()).isEqualTo(statement.toScript()).isEqualTo("INSERT INTO t VALUES (1.5, 1);");
	}

	@Test
	void parametersAreCopiedAndMayBeNull() {
		List<Object> parameters = new ArrayList<>(Arrays.asList("a", null));
		SqlStatement statement = new SqlStatement("SELECT ?, ?", parameters, false);
		parameters.clear();
		assertThat(statement.parameters()).containsExactly("a", null);
		assertThat(statement.transactional()).isFalse();
	}

}
