package dev.migrations.core.postgres;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.migrations.core.operation.Operations;
import dev.migrations.core.schema.QualifiedName;
import dev.migrations.core.schema.ReferentialAction;
import dev.migrations.testsupport.CatalogSnapshot;
import dev.migrations.testsupport.FreshDatabase;
import dev.migrations.testsupport.TestDatabase;

import static dev.migrations.core.operation.Dsl.check;
import static dev.migrations.core.operation.Dsl.column;
import static dev.migrations.core.operation.Dsl.comment;
import static dev.migrations.core.operation.Dsl.expression;
import static dev.migrations.core.operation.Dsl.foreignKey;
import static dev.migrations.core.operation.Dsl.primaryKey;
import static dev.migrations.core.operation.Dsl.unique;
import static dev.migrations.core.schema.ColumnTypes.bigint;
import static dev.migrations.core.schema.ColumnTypes.integer;
import static dev.migrations.core.schema.ColumnTypes.named;
import static dev.migrations.core.schema.ColumnTypes.text;
import static dev.migrations.core.postgres.Rows.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Names that need quoting ({@code order}, {@code user}, {@code Mixed Case}, {@code a"b}, {@code café}) and
 * values that look like SQL survive every kind of change on a real PostgreSQL, online and in offline scripts.
 */
class PostgresDdlTortureTest {

	private static final String INJECTION = "'); DROP TABLE x; --";

	@RegisterExtension
	static final FreshDatabase database = new FreshDatabase();

	/** Creates, alters and fills a schema whose every name needs quoting. */
	private static final Consumer<Operations> UPGRADE = (op) -> {
		op.execute("CREATE SCHEMA \"Mixed Case\"");
		Operations schema = op.inSchema("Mixed Case");
		schema.createEnum("a\"b", "order", "it's", INJECTION);
		schema.createTable("user",
				column("order", bigint()).generatedByDefaultAsIdentity(),
				column("Mixed Case", text()).notNull().comment(INJECTION),
				column("a\"b", named(QualifiedName.of("Mixed Case", "a\"b"))),
				column("café", text()),
				primaryKey("order").named("user pk"),
				unique("Mixed Case").named("a\"b unique"),
				comment(INJECTION));
		schema.createTable("order",
				column("user", bigint()),
				column("Mixed Case", text()),
				foreignKey("user").references(QualifiedName.of("Mixed Case", "user"), "order")
					.onDelete(ReferentialAction.CASCADE).named("order → user"));
		schema.alterColumn("user", "café").type(integer(), "length(\"café\")").setDefault("0").nullable(false)
			.comment("it's café");
		schema.renameColumn("user", "café", "a\"b c");
		schema.createCheckConstraint("order check", "user", "\"a\"\"b c\" >= 0");
		schema.createIndex("user index", "user", "a\"b");
		schema.createIndex("Unique Index", "user", "Mixed Case", "a\"b").unique();
		schema.createIndex("a\"b expression", "user", expression("lower(\"Mixed Case\")"));
		schema.createIndex("order partial", "user", "a\"b c").where("\"order\" > 0");
		schema.addEnumValueBefore("a\"b", "user", "order");
		schema.bulkInsert("user", List.of(row("Mixed Case", INJECTION, "a\"b", INJECTION),
				row("Mixed Case", "plain", "a\"b", "order")));
		schema.execute("INSERT INTO \"Mixed Case\".\"order\" (\"user\", \"Mixed Case\") "
				+ "SELECT \"order\", ? FROM \"Mixed Case\".\"user\"", INJECTION);
		schema.renameTable("order", "Order Log");
	};

	/** Takes down everything {@link #UPGRADE} made, one object at a time. */
	private static final Consumer<Operations> DOWNGRADE = (op) -> {
		Operations schema = op.inSchema("Mixed Case");
		schema.dropIndex("order partial");
		schema.dropIndex("a\"b expression");
		schema.dropIndex("Unique Index");
		schema.dropIndex("user index");
		schema.dropConstraint("order check", "user");
		schema.dropConstraint("order → user", "Order Log");
		schema.dropConstraint("a\"b unique", "user");
		schema.dropTable("Order Log");
		schema.dropColumn("user", "a\"b");
		schema.dropTable("user");
		schema.dropEnum("a\"b");
		op.execute("DROP SCHEMA \"Mixed Case\"");
	};

	private static CatalogSnapshot empty;

	@BeforeAll
	static void createTheCanary() throws SQLException {
		new Sql(database.dataSource()).run((op) -> {
			op.createTable("x", column("alive", bigint()));
			op.execute("INSERT INTO x VALUES (1)");
		});
		empty = CatalogSnapshot.of(database.dataSource());
	}

	@Test
	void awkwardNamesRoundTripThroughEveryKindOfChange() throws SQLException {
		Sql sql = new Sql(database.dataSource());
		sql.run(UPGRADE);

		assertThat(CatalogSnapshot.of(database.dataSource()).lines()).containsSubsequence(
				"schema Mixed Case",
				"table Mixed Case.Order Log",
				"  column Mixed Case.Order Log.user bigint",
				"  column Mixed Case.Order Log.Mixed Case text",
				"  constraint Mixed Case.Order Log.order → user FOREIGN KEY (\"user\") REFERENCES \"Mixed Case\".\"user\"(\"order\") ON DELETE CASCADE",
				"table Mixed Case.user comment '" + INJECTION.replace("'", "''") + "'",
				"  column Mixed Case.user.order bigint not null generated by default as identity",
				"  column Mixed Case.user.Mixed Case text not null comment '" + INJECTION.replace("'", "''") + "'",
				"  column Mixed Case.user.a\"b \"Mixed Case\".\"a\"\"b\"",
				"  column Mixed Case.user.a\"b c integer not null default 0 comment 'it''s café'",
				"  constraint Mixed Case.user.a\"b unique UNIQUE (\"Mixed Case\")",
				"  constraint Mixed Case.user.order check CHECK ((\"a\"\"b c\" >= 0))",
				"  constraint Mixed Case.user.user pk PRIMARY KEY (\"order\")",
				"  index CREATE INDEX \"a\"\"b expression\" ON \"Mixed Case\".\"user\" USING btree (lower(\"Mixed Case\"))",
				"  index CREATE INDEX \"order partial\" ON \"Mixed Case\".\"user\" USING btree (\"a\"\"b c\") WHERE (\"order\" > 0)",
				"  index CREATE INDEX \"user index\" ON \"Mixed Case\".\"user\" USING btree (\"a\"\"b\")",
				"  index CREATE UNIQUE INDEX \"Unique Index\" ON \"Mixed Case\".\"user\" USING btree (\"Mixed Case\", \"a\"\"b\")",
				"  index CREATE UNIQUE INDEX \"user pk\" ON \"Mixed Case\".\"user\" USING btree (\"order\")",
				"enum Mixed Case.a\"b ('user', 'order', 'it''s', '" + INJECTION.replace("'", "''") + "')");
		assertThat(sql.rows("SELECT \"Mixed Case\", \"a\"\"b\"::text, \"a\"\"b c\" FROM \"Mixed Case\".\"user\" ORDER BY 1"))
			.containsExactly(List.of(INJECTION, INJECTION, "0"), List.of("plain", "order", "0"));
		assertThat(sql.rows("SELECT \"Mixed Case\" FROM \"Mixed Case\".\"Order Log\""))
			.containsExactly(List.of(INJECTION), List.of(INJECTION));
		assertThat(sql.value("SELECT alive FROM x")).isEqualTo("1");

		sql.run(DOWNGRADE);
		assertThat(CatalogSnapshot.of(database.dataSource())).isEqualTo(empty);
	}

	@Test
	void anOfflineScriptOfTheSameChangesGivesTheSameCatalog() throws SQLException {
		TestDatabase viaJdbc = database.newDatabase();
		TestDatabase viaScript = database.newDatabase();

		new Sql(viaJdbc.dataSource()).run(UPGRADE);
		new Sql(viaScript.dataSource()).runAsScript(Operations.record(UPGRADE));

		assertThat(CatalogSnapshot.of(viaScript.dataSource())).isEqualTo(CatalogSnapshot.of(viaJdbc.dataSource()));
		String rows = "SELECT \"Mixed Case\", \"a\"\"b\"::text FROM \"Mixed Case\".\"user\" ORDER BY 1";
		assertThat(new Sql(viaScript.dataSource()).rows(rows)).isEqualTo(new Sql(viaJdbc.dataSource()).rows(rows));
	}

	@Test
	void aCommentOrValueThatLooksLikeSqlIsStoredVerbatimAndDropsNothing() throws SQLException {
		Sql sql = new Sql(database.dataSource());
		Consumer<Operations> revision = (op) -> {
			op.createTable("victim", column("note", text()));
			op.setTableComment("victim", INJECTION);
			op.alterColumn("victim", "note").comment(INJECTION);
			op.bulkInsert("victim", List.of(row("note", INJECTION)));
		};
		sql.run(revision);
		new Sql(database.dataSource()).runAsScript(Operations.record((op) -> {
			op.dropTable("victim");
			revision.accept(op);
		}));

		assertThat(sql.value("SELECT obj_description('victim'::regclass, 'pg_class')")).isEqualTo(INJECTION);
		assertThat(sql.value("SELECT col_description('victim'::regclass, 1)")).isEqualTo(INJECTION);
		assertThat(sql.value("SELECT note FROM victim")).isEqualTo(INJECTION);
		assertThat(sql.value("SELECT alive FROM x")).isEqualTo("1");
		sql.run((op) -> op.dropTable("victim"));
	}

	@Test
	void aNameOfSixtyThreeBytesIsKeptWholeAndOneOfSixtyFourIsRefusedBeforeAnythingRuns() throws SQLException {
		String longest = "é".repeat(31) + "a";
		Sql sql = new Sql(database.dataSource());
		sql.run((op) -> op.createTable(longest, column(longest, integer())));
		assertThat(CatalogSnapshot.of(database.dataSource()).tableNames()).contains("public." + longest);
		sql.run((op) -> op.dropTable(longest));

		assertThatIllegalArgumentException().isThrownBy(() -> sql.run((op) -> op.createTable(longest + "b")))
			.withMessageContaining("64 bytes");
		assertThat(CatalogSnapshot.of(database.dataSource())).isEqualTo(empty);
	}

}
