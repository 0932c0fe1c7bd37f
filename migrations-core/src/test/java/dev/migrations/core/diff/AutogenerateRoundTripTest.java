package dev.migrations.core.diff;

import static dev.migrations.core.operation.Dsl.check;
import static dev.migrations.core.operation.Dsl.column;
import static dev.migrations.core.operation.Dsl.comment;
import static dev.migrations.core.operation.Dsl.expression;
import static dev.migrations.core.operation.Dsl.foreignKey;
import static dev.migrations.core.operation.Dsl.index;
import static dev.migrations.core.operation.Dsl.primaryKey;
import static dev.migrations.core.operation.Dsl.unique;
import static dev.migrations.core.schema.ColumnTypes.arrayOf;
import static dev.migrations.core.schema.ColumnTypes.bigint;
import static dev.migrations.core.schema.ColumnTypes.integer;
import static dev.migrations.core.schema.ColumnTypes.jsonb;
import static dev.migrations.core.schema.ColumnTypes.named;
import static dev.migrations.core.schema.ColumnTypes.numeric;
import static dev.migrations.core.schema.ColumnTypes.text;
import static dev.migrations.core.schema.ColumnTypes.timestamp;
import static dev.migrations.core.schema.ColumnTypes.timestamptz;
import static dev.migrations.core.schema.ColumnTypes.uuid;
import static dev.migrations.core.schema.ColumnTypes.varchar;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import dev.migrations.core.operation.Operation;
import dev.migrations.core.operation.Operations;
import dev.migrations.core.schema.DatabaseSchema;
import dev.migrations.core.schema.EnumType;
import dev.migrations.core.schema.QualifiedName;
import dev.migrations.core.schema.ReferentialAction;
import dev.migrations.core.schema.Table;
import dev.migrations.core.schema.TableElement;
import dev.migrations.core.support.AutogenerateRoundTrip;
import dev.migrations.testsupport.FreshDatabase;

/** Autogenerate cases, each run from starting schema to generated revision and back on PostgreSQL. */
class AutogenerateRoundTripTest {

	@RegisterExtension
	static final FreshDatabase server = new FreshDatabase();

	@TempDir
	Path sources;

	private AutogenerateRoundTrip roundTrip;

	@BeforeEach
	void newDatabase() {
		this.roundTrip = new AutogenerateRoundTrip(server.newDatabase(), this.sources, Set.of("public", "billing"),
				DiffOptions.defaults());
	}

	private static Table table(String name, TableElement... elements) {
		return Table.of(QualifiedName.of("public", name), Arrays.asList(elements));
	}

	private static DatabaseSchema target(Table... tables) {
		return new DatabaseSchema(List.of(tables), List.of(), List.of());
	}

	private static List<Operation> start(java.util.function.Consumer<Operations> body) {
		return Operations.record(body);
	}

	private static final Table USERS = table("users", column("id", uuid()).notNull().serverDefault("gen_random_uuid()"),
			column("email", varchar(255)).notNull(), column("created_at", timestamptz()).notNull().serverDefault("now()"),
			primaryKey("id"), unique("email"));

	@Test
	void initialSchemaFromAnEmptyDatabase() throws Exception {
		Table tokens = table("tokens", column("id", bigint()).generatedByDefaultAsIdentity(),
				column("user_id", uuid()).notNull(), column("scopes", arrayOf(text())), column("claims", jsonb()),
				primaryKey("id"), foreignKey("user_id").references(QualifiedName.of("public", "users"), "id")
					.onDelete(ReferentialAction.CASCADE),
				index("ix_tokens_user_id", "user_id"), comment("issued tokens"));

		String source = this.roundTrip.run(List.of(), target(tokens, USERS), "+ create table public.users",
				"+ create table public.tokens");

		assertThat(source).contains("op.createTable(\"users\"", "column(\"id\", uuid()).notNull().serverDefault(\"gen_random_uuid()\")",
				".onDelete(ReferentialAction.CASCADE)", "op.dropTable(\"tokens\");");
	}

	@Test
	void addAColumnWithADefault() throws Exception {
		List<Operation> start = start((op) -> op.createTable("users", column("id", uuid()).notNull(), primaryKey("id")));
		Table target = table("users", column("id", uuid()).notNull(), column("phone", varchar(32)).serverDefault("'n/a'"),
				primaryKey("id"));

		this.roundTrip.run(start, target(target), "+ add column public.users.phone");
	}

	@Test
	void dropAColumnAndGetItBackOnDowngrade() throws Exception {
		List<Operation> start = start((op) -> op.createTable("users", column("id", uuid()).notNull(),
				column("legacy", text()).notNull().serverDefault("'x'").comment("old"), primaryKey("id")));
		Table target = table("users", column("id", uuid()).notNull(), primaryKey("id"));

		this.roundTrip.run(start, target(target), "- drop column public.users.legacy");
	}

	@Test
	void widenATypeAndChangeNullability() throws Exception {
		List<Operation> start = start((op) -> op.createTable("items", column("code", varchar(10)),
				column("price", numeric(10, 2)).notNull()));
		Table target = table("items", column("code", varchar(40)).notNull(), column("price", numeric(12, 4)));

		this.roundTrip.run(start, target(target),
				"+ alter column public.items.code type character varying(10) -> character varying(40)",
				"+ alter column public.items.code set not null",
				"+ alter column public.items.price type numeric(10,2) -> numeric(12,4)",
				"+ alter column public.items.price drop not null");
	}

	@Test
	void aTimestampColumnBecomesTimestamptzInUtc() throws Exception {
		List<Operation> start = start((op) -> op.createTable("events",
				column("at", timestamp()).allowTimestampWithoutTimeZone()));

		this.roundTrip.run(start, target(table("events", column("at", timestamptz()))),
				"+ alter column public.events.at type timestamp without time zone -> timestamp with time zone");
	}

	@Test
	void anEnumCheckWrittenLikeHibernateIsStableAcrossRuns() throws Exception {
		Table orders = table("orders", column("status", varchar(255)), check("status in ('NEW','PAID')"));

		this.roundTrip.run(List.of(), target(orders), "+ create table public.orders");
	}

	@Test
	void aChangedCheckIsReplaced() throws Exception {
		List<Operation> start = start((op) -> op.createTable("orders", column("qty", integer()),
				check("qty > 0").named("ck_qty")));

		this.roundTrip.run(start, target(table("orders", column("qty", integer()), check("qty >= 0").named("ck_qty"))),
				"- drop check constraint ck_qty on public.orders", "+ add check constraint ck_qty on public.orders");
	}

	@Test
	void indexesAddedAndRemoved() throws Exception {
		List<Operation> start = start((op) -> {
			op.createTable("users", column("email", text()), column("name", text()));
			op.createIndex("ix_users_name", "users", "name");
		});
		Table target = table("users", column("email", text()), column("name", text()),
				index("ix_users_lower_email", expression("lower(email)")).unique(true).where("email IS NOT NULL"));

		this.roundTrip.run(start, target(target), "- drop index public.ix_users_name",
				"+ create unique index ix_users_lower_email on public.users");
	}

	@Test
	void aForeignKeyGainsOnDeleteCascade() throws Exception {
		List<Operation> start = start((op) -> {
			op.createTable("users", column("id", bigint()).notNull(), primaryKey("id"));
			op.createTable("posts", column("id", bigint()).notNull(), column("user_id", bigint()), primaryKey("id"),
					foreignKey("user_id").references("users", "id").named("fk_posts_user"));
		});
		Table users = table("users", column("id", bigint()).notNull(), primaryKey("id"));
		Table posts = table("posts", column("id", bigint()).notNull(), column("user_id", bigint()), primaryKey("id"),
				foreignKey("user_id").references(QualifiedName.of("public", "users"), "id")
					.onDelete(ReferentialAction.CASCADE)
					.named("fk_posts_user"));

		this.roundTrip.run(start, target(users, posts), "- drop foreign key fk_posts_user on public.posts",
				"+ add foreign key fk_posts_user on public.posts");
	}

	@Test
	void unmappedTableIsDroppedAndComesBackOnDowngrade() throws Exception {
		List<Operation> start = start((op) -> {
			op.createTable("users", column("id", bigint()).notNull(), primaryKey("id"));
			op.createTable("audit_old", column("id", bigint()).notNull(), column("user_id", bigint()),
					foreignKey("user_id").references("users", "id"));
		});

		this.roundTrip.run(start, target(table("users", column("id", bigint()).notNull(), primaryKey("id"))),
				"- drop table public.audit_old");
	}

	@Test
	void nativeEnumsAndANonPublicSchema() throws Exception {
		QualifiedName mood = QualifiedName.of("billing", "mood");
		Table invoices = Table.of(QualifiedName.of("billing", "invoice"),
				List.of(column("id", bigint()).notNull(), column("mood", named(mood)).serverDefault("'ok'"),
						primaryKey("id")));
		DatabaseSchema target = new DatabaseSchema(List.of(invoices), List.of(),
				List.of(new EnumType(mood, List.of("ok", "late"))));

		String source = this.roundTrip.run(List.of(), target, "+ create enum billing.mood [ok, late]",
				"+ create table billing.invoice");

		assertThat(source).contains("op.inSchema(\"billing\").createTable(\"invoice\"");
	}

	@Test
	void reservedAndMixedCaseNames() throws Exception {
		Table order = table("order", column("user", text()), column("Mixed Case", integer()).comment("it's \"quoted\""),
				unique("user"), check("\"Mixed Case\" > 0"));

		this.roundTrip.run(List.of(), target(order), "+ create table public.order");
	}

}
