package dev.migrations.core.postgres;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.migrations.core.operation.CreateSequence;
import dev.migrations.core.operation.Operation;
import dev.migrations.core.operation.Operations;
import dev.migrations.core.postgres.catalog.PostgresCatalog;
import dev.migrations.core.schema.CheckConstraint;
import dev.migrations.core.schema.Column;
import dev.migrations.core.schema.ColumnType;
import dev.migrations.core.schema.ColumnTypes;
import dev.migrations.core.schema.DatabaseSchema;
import dev.migrations.core.schema.EnumType;
import dev.migrations.core.schema.ForeignKey;
import dev.migrations.core.schema.Identity;
import dev.migrations.core.schema.Index;
import dev.migrations.core.schema.IndexPart;
import dev.migrations.core.schema.PrimaryKey;
import dev.migrations.core.schema.QualifiedName;
import dev.migrations.core.schema.Sequence;
import dev.migrations.core.schema.SequenceOptions;
import dev.migrations.core.schema.Table;
import dev.migrations.core.schema.UniqueConstraint;
import dev.migrations.testsupport.FreshDatabase;

import static dev.migrations.core.operation.Dsl.check;
import static dev.migrations.core.operation.Dsl.column;
import static dev.migrations.core.operation.Dsl.comment;
import static dev.migrations.core.operation.Dsl.expression;
import static dev.migrations.core.operation.Dsl.foreignKey;
import static dev.migrations.core.operation.Dsl.index;
import static dev.migrations.core.operation.Dsl.indexColumn;
import static dev.migrations.core.operation.Dsl.primaryKey;
import static dev.migrations.core.operation.Dsl.table;
import static dev.migrations.core.operation.Dsl.unique;
import static dev.migrations.core.schema.ColumnTypes.arrayOf;
import static dev.migrations.core.schema.ColumnTypes.bigint;
import static dev.migrations.core.schema.ColumnTypes.bool;
import static dev.migrations.core.schema.ColumnTypes.bytea;
import static dev.migrations.core.schema.ColumnTypes.character;
import static dev.migrations.core.schema.ColumnTypes.date;
import static dev.migrations.core.schema.ColumnTypes.doublePrecision;
import static dev.migrations.core.schema.ColumnTypes.integer;
import static dev.migrations.core.schema.ColumnTypes.interval;
import static dev.migrations.core.schema.ColumnTypes.json;
import static dev.migrations.core.schema.ColumnTypes.jsonb;
import static dev.migrations.core.schema.ColumnTypes.named;
import static dev.migrations.core.schema.ColumnTypes.numeric;
import static dev.migrations.core.schema.ColumnTypes.real;
import static dev.migrations.core.schema.ColumnTypes.smallint;
import static dev.migrations.core.schema.ColumnTypes.text;
import static dev.migrations.core.schema.ColumnTypes.time;
import static dev.migrations.core.schema.ColumnTypes.timestamp;
import static dev.migrations.core.schema.ColumnTypes.timestamptz;
import static dev.migrations.core.schema.ColumnTypes.type;
import static dev.migrations.core.schema.ColumnTypes.uuid;
import static dev.migrations.core.schema.ColumnTypes.varchar;
import static dev.migrations.core.schema.Deferrability.DEFERRABLE_INITIALLY_DEFERRED;
import static dev.migrations.core.schema.Deferrability.DEFERRABLE_INITIALLY_IMMEDIATE;
import static dev.migrations.core.schema.ReferentialAction.CASCADE;
import static dev.migrations.core.schema.ReferentialAction.RESTRICT;
import static dev.migrations.core.schema.ReferentialAction.SET_DEFAULT;
import static dev.migrations.core.schema.ReferentialAction.SET_NULL;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The catalog reader, specified by round trips: what a revision creates (DSL, then SQL, then the catalog) reads back
 * as the model the revision described, when the revision writes names in full and expressions as PostgreSQL prints
 * them; and, where PostgreSQL rewrites what it is given, as PostgreSQL keeps it. Each test works in schemas of its
 * own.
 */
class PostgresCatalogTest {

	@RegisterExtension
	static final FreshDatabase database = new FreshDatabase();

	private static final PostgresCatalog catalog = new PostgresCatalog();

	private static Sql sql;

	@BeforeAll
	static void connect() {
		sql = new Sql(database.dataSource());
	}

	@Test
	void everyColumnTypeFamilyReadsBackAsWritten() throws SQLException {
		QualifiedName mood = QualifiedName.of("types", "mood");
		assertReadsBackAsDescribed((op) -> {
			Operations types = op.inSchema("types");
			types.createEnum("mood", "sad", "ok", "happy");
			types.execute("CREATE DOMAIN types.positive AS integer CHECK (VALUE > 0)");
			types.createTable("everything",
					column("id", uuid()).notNull(),
					column("code", varchar(20)),
					column("free_text", varchar()),
					column("body", text()),
					column("initials", character(3)),
					column("price", numeric(10, 2)),
					column("any_number", numeric()),
					column("quantity", integer()),
					column("total", bigint()),
					column("rank", smallint()),
					column("ratio", real()),
					column("precise", doublePrecision()),
					column("active", bool()),
					column("created_at", timestamptz()),
					column("updated_at", timestamptz(3)),
					column("local_time", timestamp()).allowTimestampWithoutTimeZone(),
					column("birthday", date()),
					column("opens_at", time()),
					column("waited", interval()),
					column("document", jsonb()),
					column("legacy_document", json()),
					column("payload", bytea()),
					column("address", type("inet")),
					column("during", type("int4range")),
					column("tags", arrayOf(text())),
					column("codes", arrayOf(varchar(5))),
					column("matrix", arrayOf(arrayOf(integer()))),
					column("mood", named(mood)),
					column("moods", arrayOf(named(mood))),
					column("amount", named(QualifiedName.of("types", "positive"))));
		}, "types");
	}

	@Test
	void postgresSpellingsOfHibernateTypesReadBackAsTheSameTypes() throws SQLException {
		Map<String, String> catalogSpellings = new LinkedHashMap<>();
		catalogSpellings.put("varchar(20)", "character varying(20)");
		catalogSpellings.put("float(53)", "double precision");
		catalogSpellings.put("float4", "real");
		catalogSpellings.put("timestamp(6)", "timestamp(6) without time zone");
		catalogSpellings.put("timestamp(6) with time zone", "timestamp(6) with time zone");
		catalogSpellings.put("time(0)", "time(0) without time zone");
		catalogSpellings.put("numeric(21,0)", "numeric(21,0)");
		catalogSpellings.put("int4", "integer");
		catalogSpellings.put("int8", "bigint");
		catalogSpellings.put("bool", "boolean");
		catalogSpellings.put("bpchar(2)", "character(2)");
		catalogSpellings.put("varchar(255) array", "character varying(255)[]");
		List<String> hibernateSpellings = List.copyOf(catalogSpellings.keySet());
		StringBuilder columns = new StringBuilder();
		for (int i = 0; i < hibernateSpellings.size(); i++) {
			columns.append((i > 0) ? ", " : "").append("c").append(i).append(' ').append(hibernateSpellings.get(i));
		}
		sql.run((op) -> op.execute("CREATE SCHEMA spellings; CREATE TABLE spellings.hibernate (" + columns + ")"));

		Table table = read("spellings").tables().get(0);
		for (int i = 0; i < hibernateSpellings.size(); i++) {
			ColumnType type = table.column("c" + i).type();
			String hibernate = hibernateSpellings.get(i);
			assertThat(type).as(hibernate).isEqualTo(ColumnTypes.parse(hibernate));
			assertThat(type.describe()).as(hibernate).isEqualTo(catalogSpellings.get(hibernate));
		}
	}

	@Test
	void defaultsReadBackAsPostgresPrintsThem() throws SQLException {
		sql.run((op) -> {
			op.execute("CREATE SCHEMA defaults");
			Operations defaults = op.inSchema("defaults");
			defaults.createEnum("mood", "sad", "ok");
			defaults.createTable("drafts",
					column("status", varchar(20)).serverDefault("'draft'"),
					column("note", text()).serverDefault("'x'"),
					column("created_at", timestamptz()).serverDefault("now()"),
					column("id", uuid()).serverDefault("gen_random_uuid()"),
					column("count", integer()).serverDefault("0"),
					column("price", numeric(10, 2)).serverDefault("1.50"),
					column("active", bool()).serverDefault("true"),
					column("tags", arrayOf(text())).serverDefault("'{}'"),
					column("today", date()).serverDefault("CURRENT_DATE"),
					column("mood", named(QualifiedName.of("defaults", "mood"))).serverDefault("'ok'"));
		});

		Map<String, String> defaults = new LinkedHashMap<>();
		read("defaults").tables().get(0).columns().forEach((column) -> defaults.put(column.name(), column.serverDefault()));
		assertThat(defaults).containsExactly(
				Map.entry("status", "'draft'::character varying"),
				Map.entry("note", "'x'::text"),
				Map.entry("created_at", "now()"),
				Map.entry("id", "gen_random_uuid()"),
				Map.entry("count", "0"),
				Map.entry("price", "1.50"),
				Map.entry("active", "true"),
				Map.entry("tags", "'{}'::text[]"),
				Map.entry("today", "CURRENT_DATE"),
				// outside the search_path, so qualified
				Map.entry("mood", "'ok'::defaults.mood"));
	}

	@Test
	void defaultsWrittenAsPostgresPrintsThemReadBackUnchanged() throws SQLException {
		assertReadsBackAsDescribed((op) -> op.inSchema("printed").createTable("drafts",
				column("status", varchar(20)).notNull().serverDefault("'draft'::character varying"),
				column("note", text()).serverDefault("'x'::text"),
				column("created_at", timestamptz()).notNull().serverDefault("now()"),
				column("tags", arrayOf(text())).serverDefault("'{}'::text[]")), "printed");
	}

	@Test
	void identityColumnsReadBackAsIdentityWithoutTheirSequences() throws SQLException {
		assertReadsBackAsDescribed((op) -> {
			Operations generated = op.inSchema("generated");
			generated.createTable("by_default", column("id", bigint()).generatedByDefaultAsIdentity(),
					column("name", text()));
			generated.createTable("always", column("id", integer()).identity(Identity.ALWAYS));
		}, "generated");
	}

	@Test
	void serialColumnsReadBackAsIntegersWithANextvalDefaultAndTheirSequencesAreNotListed() throws SQLException {
		sql.run((op) -> {
			op.execute("CREATE SCHEMA serials");
			op.inSchema("serials").createTable("orders", column("id", type("serial")), column("number", type("bigserial")));
		});

		DatabaseSchema schema = read("serials");

		assertThat(schema.tables().get(0).columns()).containsExactly(
				Column.of("id", integer()).notNull().serverDefault("nextval('serials.orders_id_seq'::regclass)"),
				Column.of("number", bigint()).notNull().serverDefault("nextval('serials.orders_number_seq'::regclass)"));
		assertThat(schema.sequences()).isEmpty();
	}

	@Test
	void namesWrittenWithoutSchemaReadBackInTheirRealSchema() throws SQLException {
		sql.run((op) -> {
			op.createTable("accounts", column("id", type("serial")), primaryKey("id").named("pk_accounts"));
			op.createTable("entries", column("account_id", integer()),
					foreignKey("account_id").references("accounts", "id").named("fk_entries_account"));
		});

		DatabaseSchema schema = read("public");

		assertThat(schema.table(table("public", "accounts")).orElseThrow().column("id").serverDefault())
			.as("on the search_path, so unqualified")
			.isEqualTo("nextval('accounts_id_seq'::regclass)");
		assertThat(schema.table(table("public", "entries")).orElseThrow().foreignKeys())
			.extracting(ForeignKey::referencedTable)
			.containsExactly(table("public", "accounts"));
	}

	@Test
	void generatedColumnsReadBackAsPlainColumnsWithoutTheirExpression() throws SQLException {
		sql.run((op) -> op.execute("CREATE SCHEMA computed; "
				+ "CREATE TABLE computed.lines (quantity integer, doubled integer GENERATED ALWAYS AS (quantity * 2) STORED)"));

		assertThat(read("computed").tables().get(0).columns()).containsExactly(Column.of("quantity", integer()),
				Column.of("doubled", integer()));
	}

	@Test
	void commentsReadBackOnTablesAndColumns() throws SQLException {
		assertReadsBackAsDescribed((op) -> op.inSchema("remarks").createTable("notes",
				column("id", integer()).comment("the note's number"),
				column("body", text()).comment("multi\nline, \"quoted\""),
				column("plain", text()),
				comment("it's where notes go")), "remarks");
	}

	@Test
	void constraintsOfEveryKindReadBackWithTheirNamesAndOptions() throws SQLException {
		QualifiedName currencies = table("money", "currencies");
		QualifiedName customers = table("shop", "customers");
		assertReadsBackAsDescribed((op) -> {
			op.inSchema("money").createTable("currencies", column("code", character(3)).notNull(),
					primaryKey("code").named("pk_currencies"));
			Operations shop = op.inSchema("shop");
			shop.createTable("customers",
					column("id", bigint()).notNull(),
					column("email", text()).notNull(),
					column("region", text()).notNull(),
					column("number", integer()).notNull(),
					primaryKey("id").named("pk_customers"),
					unique("email").named("uq_customers_email").deferrable(DEFERRABLE_INITIALLY_IMMEDIATE),
					unique("region", "number").named("uq_customers_region_number"),
					check("(number > 0)").named("ck_customers_number"));
			shop.createTable("orders",
					column("region", text()).notNull(),
					column("number", integer()),
					column("id", bigint()).notNull(),
					column("customer_id", bigint()),
					column("currency", character(3)).notNull(),
					column("status", varchar(20)).notNull(),
					primaryKey("region", "id").named("pk_orders"),
					foreignKey("customer_id").references(customers, "id").onDelete(CASCADE).onUpdate(RESTRICT)
						.named("fk_orders_customer"),
					foreignKey("number", "region").references(customers, "number", "region").onDelete(SET_NULL)
						.onUpdate(SET_DEFAULT).deferrable(DEFERRABLE_INITIALLY_DEFERRED).named("fk_orders_customer_number"),
					foreignKey("currency").references(currencies, "code").named("fk_orders_currency"),
					check("((status)::text <> ''::text)").named("ck_orders_status"));
		}, "money", "shop");
	}

	@Test
	void constraintsNamedByPostgresReadBackWithTheNamesAndExpressionsPostgresGaveThem() throws SQLException {
		sql.run((op) -> {
			op.execute("CREATE SCHEMA chosen");
			op.inSchema("chosen").createTable("people",
					column("id", integer()).notNull(),
					column("email", text()),
					column("manager_id", integer()),
					column("age", integer()),
					column("status", varchar(20)),
					primaryKey("id"),
					unique("email"),
					foreignKey("manager_id").references(table("chosen", "people")),
					check("age >= 0"),
					check("status in ('NEW', 'ACTIVE')"));
		});

		Table people = read("chosen").tables().get(0);

		assertThat(people.primaryKey()).isEqualTo(new PrimaryKey("people_pkey", List.of("id")));
		assertThat(people.uniqueConstraints())
			.containsExactly(new UniqueConstraint("people_email_key", List.of("email"), null));
		assertThat(people.foreignKeys()).containsExactly(new ForeignKey("people_manager_id_fkey", List.of("manager_id"),
				table("chosen", "people"), List.of("id"), null, null, null));
		assertThat(people.checks()).containsExactly(new CheckConstraint("people_age_check", "(age >= 0)"),
				new CheckConstraint("people_status_check",
						"((status)::text = ANY ((ARRAY['NEW'::character varying, 'ACTIVE'::character varying])::text[]))"));
	}

	@Test
	void notValidConstraintsAreReadLikeValidOnes() throws SQLException {
		sql.run((op) -> {
			op.execute("CREATE SCHEMA lenient");
			op.inSchema("lenient").createTable("parents", column("id", integer()).notNull(), primaryKey("id"));
			op.inSchema("lenient").createTable("children", column("parent_id", integer()), column("age", integer()));
			op.execute("INSERT INTO lenient.children VALUES (1, -1)");
			op.execute("ALTER TABLE lenient.children ADD CONSTRAINT ck_children_age CHECK (age >= 0) NOT VALID");
			op.execute("ALTER TABLE lenient.children ADD CONSTRAINT fk_children_parent FOREIGN KEY (parent_id)"
					+ " REFERENCES lenient.parents NOT VALID");
		});

		Table children = read("lenient").table(table("lenient", "children")).orElseThrow();

		assertThat(children.checks()).containsExactly(new CheckConstraint("ck_children_age", "(age >= 0)"));
		assertThat(children.foreignKeys()).containsExactly(new ForeignKey("fk_children_parent", List.of("parent_id"),
				table("lenient", "parents"), List.of("id"), null, null, null));
	}

	@Test
	void indexesOfEveryShapeReadBackAndConstraintIndexesAreNotListed() throws SQLException {
		assertReadsBackAsDescribed((op) -> {
			Operations search = op.inSchema("search");
			search.createTable("docs",
					column("id", integer()).notNull(),
					column("title", text()),
					column("author", text()),
					column("body", jsonb()),
					column("deleted", bool()),
					primaryKey("id").named("pk_docs"),
					unique("author", "title").named("uq_docs_author_title"),
					index("ix_docs_title", "title"));
			search.createIndex("ix_docs_author_id", "docs", "author", "id");
			search.createIndex("ux_docs_title", "docs", "title").unique().where("(NOT deleted)");
			search.createIndex("ix_docs_lower_title", "docs", expression("lower(title)"));
			search.createIndex("ix_docs_author_lower_title", "docs", indexColumn("author"), expression("lower(title)"));
			search.createIndex("ix_docs_body", "docs", "body").using("gin");
			search.createIndex("ix_docs_recent", "docs", "id").where("(id > 1000)").using("hash");
		}, "search");
	}

	@Test
	void indexKeysAreReadWithoutOrderingOperatorClassOrIncludedColumns() throws SQLException {
		sql.run((op) -> {
			op.execute("CREATE SCHEMA detailed");
			op.inSchema("detailed").createTable("docs", column("title", text()), column("body", text()));
			op.execute("CREATE INDEX ix_docs_title ON detailed.docs (title text_pattern_ops DESC NULLS LAST,"
					+ " lower(body) COLLATE \"C\") INCLUDE (body)");
		});

		assertThat(read("detailed").tables().get(0).indexes()).containsExactly(new Index("ix_docs_title",
				table("detailed", "docs"), List.of(IndexPart.column("title"), IndexPart.expression("lower(body)")), false,
				null, null));
	}

	@Test
	void quotedReservedAndMixedCaseNamesReadBackAsTheyAre() throws SQLException {
		QualifiedName mood = QualifiedName.of("Mixed Case", "Mood");
		assertReadsBackAsDescribed((op) -> {
			Operations mixed = op.inSchema("Mixed Case");
			mixed.createEnum("Mood", "Very Happy", "it's \"ok\"");
			mixed.createTable("order",
					column("select", integer()).notNull(),
					column("Mixed Col", text()).comment("it's mixed"),
					column("user", named(mood)),
					primaryKey("select").named("Order PK"),
					unique("Mixed Col").named("unique"),
					check("(\"select\" > 0)").named("check"),
					index("Index", "Mixed Col", "user"),
					comment("the \"order\" table"));
			mixed.createTable("user",
					column("order", integer()),
					column("a\"b", text()),
					foreignKey("order").references(table("Mixed Case", "order"), "select").named("user"));
			mixed.createIndex("Lower Col", "order", expression("lower(\"Mixed Col\")"));
			mixed.createIndex("group", "user", "a\"b");
		}, "Mixed Case");
	}

	@Test
	void sequencesNoColumnOwnsReadBackWithTheirTypeAndEveryOption() throws SQLException {
		QualifiedName invoiceNumbers = QualifiedName.of("counters", "invoice_numbers");
		QualifiedName countdown = QualifiedName.of("counters", "countdown");
		List<Operation> operations = Operations.record((op) -> op.execute("CREATE SCHEMA counters"));
		sql.run(operations);
		assertReadsBackAsDescribed(List.of(
				new CreateSequence(new Sequence(invoiceNumbers, integer(), new SequenceOptions(1000L, 5L, 1000L, 99999L,
						20L, true))),
				new CreateSequence(new Sequence(countdown, smallint(), new SequenceOptions(-1L, -1L, -100L, -1L, 1L,
						false)))), "counters");
	}

	@Test
	void sequencesCreatedWithDefaultsReadBackWithPostgresValues() throws SQLException {
		sql.run((op) -> {
			op.execute("CREATE SCHEMA numbering");
			op.inSchema("numbering").createSequence("plain");
		});

		assertThat(read("numbering").sequences()).containsExactly(new Sequence(QualifiedName.of("numbering", "plain"),
				bigint(), new SequenceOptions(1L, 1L, 1L, Long.MAX_VALUE, 1L, false)));
	}

	@Test
	void sequencesOwnedByAColumnAreNotListed() throws SQLException {
		sql.run((op) -> {
			op.execute("CREATE SCHEMA owned");
			Operations owned = op.inSchema("owned");
			owned.createTable("tickets", column("id", type("serial")),
					column("code", bigint()).generatedByDefaultAsIdentity(), column("number", bigint()));
			owned.createSequence("ticket_numbers");
			op.execute("ALTER SEQUENCE owned.ticket_numbers OWNED BY owned.tickets.number");
			owned.createSequence("free");
		});

		assertThat(read("owned").sequences()).extracting(Sequence::name)
			.containsExactly(QualifiedName.of("owned", "free"));
	}

	@Test
	void enumLabelsReadBackInTheirSortOrder() throws SQLException {
		sql.run((op) -> {
			op.execute("CREATE SCHEMA moods");
			op.inSchema("moods").createEnum("mood", "sad", "happy");
		});
		sql.run((op) -> {
			op.inSchema("moods").addEnumValueBefore("mood", "ok", "happy");
			op.inSchema("moods").addEnumValue("mood", "ecstatic");
			op.inSchema("moods").addEnumValueAfter("mood", "meh", "sad");
		});

		assertThat(read("moods").enums()).containsExactly(
				new EnumType(QualifiedName.of("moods", "mood"), List.of("sad", "meh", "ok", "happy", "ecstatic")));
	}

	@Test
	void onlyTheTablesOfTheSchemasAreRead() throws SQLException {
		sql.run((op) -> {
			op.execute("CREATE SCHEMA scope");
			op.execute("CREATE SCHEMA elsewhere");
			op.inSchema("scope").createTable("kept", column("id", integer()).notNull(), primaryKey("id"));
			op.inSchema("elsewhere").createTable("ignored", column("id", integer()));
			op.execute("CREATE VIEW scope.kept_view AS SELECT id FROM scope.kept");
			op.execute("CREATE MATERIALIZED VIEW scope.kept_snapshot AS SELECT id FROM scope.kept");
			op.execute("CREATE FOREIGN DATA WRAPPER scope_wrapper");
			op.execute("CREATE SERVER scope_server FOREIGN DATA WRAPPER scope_wrapper");
			op.execute("CREATE FOREIGN TABLE scope.remote (id integer) SERVER scope_server");
			op.execute("CREATE TABLE scope.events (id bigint NOT NULL, at date NOT NULL, PRIMARY KEY (id, at))"
					+ " PARTITION BY RANGE (at)");
			op.execute("CREATE TABLE scope.events_2026 PARTITION OF scope.events"
					+ " FOR VALUES FROM ('2026-01-01') TO ('2027-01-01')");
			op.execute("CREATE INDEX ix_events_at ON scope.events (at)");
			op.execute("CREATE EXTENSION IF NOT EXISTS citext SCHEMA public");
			op.execute("CREATE TABLE scope.adopted (name citext)");
			op.execute("ALTER EXTENSION citext ADD TABLE scope.adopted");
			op.execute("CREATE TABLE scope.names (name citext)");
		});

		DatabaseSchema schema = read("scope");

		assertThat(schema.tables()).extracting(Table::name)
			.containsExactly(table("scope", "events"), table("scope", "kept"), table("scope", "names"));
		assertThat(schema.table(table("scope", "events")).orElseThrow()).isEqualTo(Table.of(table("scope", "events"),
				List.of(column("id", bigint()).notNull(), column("at", date()).notNull(),
						new PrimaryKey("events_pkey", List.of("id", "at")), index("ix_events_at", "at"))));
		assertThat(schema.table(table("scope", "names")).orElseThrow().column("name").type())
			.isEqualTo(ColumnTypes.parse("citext"));
	}

	@Test
	void excludedTablesAndWhatTheyOwnAreNotRead() throws SQLException {
		sql.run((op) -> {
			op.execute("CREATE SCHEMA tool");
			Operations tool = op.inSchema("tool");
			tool.createTable("migrations_version", column("version_num", varchar(32)).notNull(),
					primaryKey("version_num"));
			tool.createTable("migrations_history", column("id", bigint()).generatedByDefaultAsIdentity(),
					column("revision", type("serial")), column("version_num", varchar(32)),
					index("ix_history_version", "version_num"));
			tool.createTable("users", column("id", integer()));
		});

		DatabaseSchema schema = read(Set.of("tool"),
				Set.of(QualifiedName.of("tool", "migrations_version"), QualifiedName.of("migrations_history")));

		assertThat(schema).isEqualTo(new DatabaseSchema(
				List.of(Table.of(table("tool", "users"), List.of(column("id", integer())))), List.of(), List.of()));
	}

	@Test
	void schemasThatHoldNothingOrDoNotExistReadEmpty() throws SQLException {
		sql.run((op) -> op.execute("CREATE SCHEMA vacant"));

		assertThat(read("vacant", "never_created")).isEqualTo(DatabaseSchema.empty());
	}

	/** Creates the schemas, runs the revision and reads the schemas back as the revision described them. */
	private static void assertReadsBackAsDescribed(Consumer<Operations> revision, String... schemas)
			throws SQLException {
		assertReadsBackAsDescribed(Operations.record((op) -> {
			for (String schema : schemas) {
				op.execute("CREATE SCHEMA IF NOT EXISTS " + Identifiers.quote(schema));
			}
			revision.accept(op);
		}), schemas);
	}

	private static void assertReadsBackAsDescribed(List<Operation> operations, String... schemas) throws SQLException {
		sql.run(operations);
		assertThat(read(schemas)).isEqualTo(DescribedSchema.of(operations));
	}

	private static DatabaseSchema read(String... schemas) throws SQLException {
		return read(Set.of(schemas), Set.of());
	}

	private static DatabaseSchema read(Set<String> schemas, Set<QualifiedName> excludedTables) throws SQLException {
		try (Connection connection = database.connect()) {
			return catalog.read(connection, schemas, excludedTables);
		}
	}

}
