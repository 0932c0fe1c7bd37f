package dev.migrations.core.diff;

import static dev.migrations.core.operation.Dsl.check;
import static dev.migrations.core.operation.Dsl.column;
import static dev.migrations.core.operation.Dsl.foreignKey;
import static dev.migrations.core.operation.Dsl.index;
import static dev.migrations.core.operation.Dsl.primaryKey;
import static dev.migrations.core.operation.Dsl.unique;
import static dev.migrations.core.schema.ColumnTypes.bigint;
import static dev.migrations.core.schema.ColumnTypes.integer;
import static dev.migrations.core.schema.ColumnTypes.text;
import static dev.migrations.core.schema.ColumnTypes.timestamp;
import static dev.migrations.core.schema.ColumnTypes.timestamptz;
import static dev.migrations.core.schema.ColumnTypes.type;
import static dev.migrations.core.schema.ColumnTypes.varchar;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.migrations.core.codegen.GeneratedBody.Step;
import dev.migrations.core.diff.DiffOptions.ColumnRef;
import dev.migrations.core.operation.CreateSequence;
import dev.migrations.core.operation.Operation;
import dev.migrations.core.operation.TimestampPolicy;
import dev.migrations.core.schema.DatabaseSchema;
import dev.migrations.core.schema.EnumType;
import dev.migrations.core.schema.QualifiedName;
import dev.migrations.core.schema.Sequence;
import dev.migrations.core.schema.SequenceOptions;
import dev.migrations.core.schema.Table;
import dev.migrations.core.schema.TableElement;

/** The diff on its own: two models in, operations out, no database. */
class SchemaDiffTest {

	private final SchemaDiff diff = new SchemaDiff(DiffOptions.defaults());

	private static Table table(String name, TableElement... elements) {
		return Table.of(QualifiedName.of("public", name), Arrays.asList(elements));
	}

	private static DatabaseSchema schema(Table... tables) {
		return new DatabaseSchema(List.of(tables), List.of(), List.of());
	}

	private static List<String> upgrade(SchemaChanges changes) {
		return changes.upgrade().stream().map(Step::operation).map(Operation::describe).toList();
	}

	private static List<String> downgrade(SchemaChanges changes) {
		return changes.downgrade().stream().map((step) -> (step.operation() != null) ? step.operation().describe()
				: "// " + step.note()).toList();
	}

	@Test
	void identicalSchemasHaveNoChanges() {
		Table users = table("users", column("id", bigint()).notNull(), primaryKey("id"));

		assertThat(this.diff.compare(schema(users), schema(users)).isEmpty()).isTrue();
	}

	@Test
	void newTablesAreCreatedAfterTheTablesTheyReference() {
		Table users = table("users", column("id", bigint()).notNull(), primaryKey("id"));
		Table tokens = table("tokens", column("id", bigint()).notNull(), column("user_id", bigint()),
				primaryKey("id"), foreignKey("user_id").references(QualifiedName.of("public", "users"), "id").named("fk_user"));

		SchemaChanges changes = this.diff.compare(schema(tokens, users), DatabaseSchema.empty());

		assertThat(upgrade(changes)).containsExactly("create table public.users", "create table public.tokens");
		assertThat(downgrade(changes)).containsExactly("drop table public.tokens", "drop table public.users");
	}

	@Test
	void aForeignKeyCycleIsClosedOnceBothTablesExist() {
		Table a = table("a", column("id", bigint()).notNull(), column("b_id", bigint()), primaryKey("id"),
				foreignKey("b_id").references(QualifiedName.of("public", "b"), "id").named("fk_a_b"));
		Table b = table("b", column("id", bigint()).notNull(), column("a_id", bigint()), primaryKey("id"),
				foreignKey("a_id").references(QualifiedName.of("public", "a"), "id").named("fk_b_a"));

		SchemaChanges changes = this.diff.compare(schema(a, b), DatabaseSchema.empty());

		assertThat(upgrade(changes)).containsExactly("create table public.a", "create table public.b",
				"add foreign key fk_a_b on public.a");
		assertThat(((dev.migrations.core.operation.CreateTable) changes.upgrade().get(0).operation()).table()
			.foreignKeys()).isEmpty();
	}

	@Test
	void aNewSequenceIsWrittenWithTheOptionsTheMappingSets() {
		QualifiedName name = QualifiedName.of("public", "invoice_seq");
		SequenceOptions declared = SequenceOptions.defaults().start(1L).incrementBy(50L);
		Sequence written = new Sequence(name, null, declared);
		Sequence canonical = new Sequence(name, bigint(), declared.minValue(1L).maxValue(Long.MAX_VALUE).cache(1L).cycle(false));

		DatabaseSchema printed = new DatabaseSchema(List.of(), List.of(canonical), List.of());
		SchemaChanges changes = this.diff.compare(
				new CanonicalTarget(new DatabaseSchema(List.of(), List.of(written), List.of()), printed, printed),
				DatabaseSchema.empty());

		assertThat(changes.upgrade()).extracting(Step::operation).containsExactly(new CreateSequence(written));
	}

	@Test
	void aDroppedColumnComesBackWithItsDefinitionAndIsMarked() {
		Table before = table("users", column("id", bigint()).notNull(), column("legacy", text()).serverDefault("'x'::text"));
		Table after = table("users", column("id", bigint()).notNull());

		SchemaChanges changes = this.diff.compare(schema(after), schema(before));

		assertThat(changes.summary()).containsExactly("- drop column public.users.legacy");
		assertThat(changes.upgrade().get(0).note()).startsWith("DROP: column public.users.legacy is not mapped");
		assertThat(changes.downgrade()).singleElement().satisfies((step) -> {
			assertThat(step.operation().describe()).isEqualTo("add column public.users.legacy");
			assertThat(step.note()).isEqualTo("the column comes back empty: its data is not restored");
		});
	}

	@Test
	void droppedColumnsComeBackInTheirOrder() {
		Table before = table("users", column("id", bigint()).notNull(), column("a", text()), column("b", text()));
		Table after = table("users", column("id", bigint()).notNull());

		SchemaChanges changes = this.diff.compare(schema(after), schema(before));

		assertThat(upgrade(changes)).containsExactly("drop column public.users.b", "drop column public.users.a");
		assertThat(downgrade(changes)).containsExactly("add column public.users.a", "add column public.users.b");
	}

	@Test
	void typeDefaultNullabilityAndCommentChangesGoBackToWhatTheyWere() {
		Table before = table("users", column("name", varchar(50)), column("age", text()));
		Table after = table("users", column("name", varchar(100)).notNull().serverDefault("''::character varying")
			.comment("display name"), column("age", integer()));

		SchemaChanges changes = this.diff.compare(schema(after), schema(before));

		assertThat(upgrade(changes)).containsExactly(
				"alter column public.users.name type character varying(50) -> character varying(100)",
				"alter column public.users.name set default ''::character varying",
				"alter column public.users.name set not null", "set comment on column public.users.name",
				"alter column public.users.age type text -> integer");
		assertThat(downgrade(changes)).containsExactly("alter column public.users.age type integer -> text",
				"drop comment on column public.users.name", "alter column public.users.name drop not null",
				"alter column public.users.name drop default",
				"alter column public.users.name type character varying(100) -> character varying(50)");
	}

	@Test
	void aDefaultThatChangesWithTheTypeIsDroppedBeforeTheTypeAndSetAfter() {
		Table before = table("items", column("stock", text()).serverDefault("'none'::text"));
		Table after = table("items", column("stock", integer()).serverDefault("0"));

		SchemaChanges changes = this.diff.compare(schema(after), schema(before));

		assertThat(changes.summary()).containsExactly("+ alter column public.items.stock drop default",
				"+ alter column public.items.stock type text -> integer",
				"+ alter column public.items.stock set default 0");
		assertThat(downgrade(changes)).containsExactly("alter column public.items.stock drop default",
				"alter column public.items.stock type integer -> text",
				"alter column public.items.stock set default 'none'::text");
	}

	@Test
	void aDefaultThatStaysIsConvertedWithTheType() {
		Table before = table("items", column("stock", integer()).serverDefault("0"));
		Table after = table("items", column("stock", bigint()).serverDefault("0"));

		assertThat(this.diff.compare(schema(after), schema(before)).summary())
			.containsExactly("+ alter column public.items.stock type integer -> bigint");
	}

	@Test
	void timestampColumnsMovingToTimestamptzAreConvertedAsUtc() {
		Table before = table("events", column("at", timestamp()).allowTimestampWithoutTimeZone());
		Table after = table("events", column("at", timestamptz()));

		SchemaChanges changes = this.diff.compare(schema(after), schema(before));

		assertThat(changes.upgrade()).singleElement().extracting(Step::operation)
			.hasFieldOrPropertyWithValue("using", "at AT TIME ZONE 'UTC'");
	}

	@Test
	void aMappedTimestampWithoutTimeZoneStopsGenerationNamingTheAttribute() {
		Table events = table("events", column("at", timestamp()));
		DiffOptions options = DiffOptions.defaults()
			.withOrigins(Map.of(new ColumnRef(QualifiedName.of("public", "events"), "at"), "Event.at"));

		assertThatExceptionOfType(TimestampPolicyViolation.class)
			.isThrownBy(() -> new SchemaDiff(options).compare(schema(events), DatabaseSchema.empty()))
			.withMessageContaining("Event.at (public.events.at)")
			.withMessageContaining("Use Instant or OffsetDateTime");
		assertThat(new SchemaDiff(options.withTimestampPolicy(TimestampPolicy.WARN)).compare(schema(events),
				DatabaseSchema.empty()).upgrade()).hasSize(1);
	}

	@Test
	void constraintsAndIndexesAreMatchedByContentNotName() {
		Table live = table("users", column("id", bigint()).notNull(), column("email", text()),
				primaryKey("id").named("users_pkey"), unique("email").named("users_email_key"),
				check("length(email) > 3").named("users_email_check"), index("ix_hibernate_1", "email"));
		Table target = table("users", column("id", bigint()).notNull(), column("email", text()),
				primaryKey("id"), unique("email").named("UK_abc123"), check("length(email) > 3"),
				index("IX_other_name", "email"));

		assertThat(this.diff.compare(schema(target), schema(live)).isEmpty()).isTrue();
	}

	@Test
	void oneConstraintOrIndexStandsForOnlyOneOfTwoThatDoTheSameOnTheOtherSide() {
		Table one = table("users", column("age", integer()), check("age >= 0").named("ck_a"), index("ix_a", "age"));
		Table two = table("users", column("age", integer()), check("age >= 0").named("ck_a"),
				check("age >= 0").named("ck_b"), index("ix_a", "age"), index("ix_b", "age"));

		assertThat(upgrade(this.diff.compare(schema(two), schema(one)))).containsExactly(
				"add check constraint ck_b on public.users", "create index ix_b on public.users");
		assertThat(upgrade(this.diff.compare(schema(one), schema(two)))).containsExactly(
				"drop check constraint ck_b on public.users", "drop index public.ix_b");
	}

	@Test
	void aChangedCheckExpressionIsDroppedAndAddedBack() {
		Table live = table("users", column("age", integer()), check("age > 0").named("ck_age"));
		Table target = table("users", column("age", integer()), check("age >= 0").named("ck_age"));

		SchemaChanges changes = this.diff.compare(schema(target), schema(live));

		assertThat(upgrade(changes)).containsExactly("drop check constraint ck_age on public.users",
				"add check constraint ck_age on public.users");
	}

	@Test
	void aCheckInTheSpellingPostgresqlGivesItOnceReprintedIsNoChange() {
		String printed = "((status)::text = ANY ((ARRAY['NEW'::character varying, 'PAID'::character varying])::text[]))";
		String reprinted = "((status)::text = ANY (ARRAY[('NEW'::character varying)::text, ('PAID'::character varying)::text]))";
		Table written = table("orders", column("status", varchar(255)), check("status in ('NEW','PAID')").named("ck"));
		Table canonical = table("orders", column("status", varchar(255)), check(printed).named("ck"));
		Table again = table("orders", column("status", varchar(255)), check(reprinted).named("ck"));
		CanonicalTarget target = new CanonicalTarget(schema(written), schema(canonical), schema(again));

		assertThat(this.diff.compare(target, schema(again)).isEmpty()).isTrue();
		assertThat(this.diff.compare(target, schema(canonical)).isEmpty()).isTrue();
		assertThat(this.diff.compare(target, schema(table("orders", column("status", varchar(255)),
				check("(status)::text <> 'x'").named("ck")))).summary())
			.containsExactly("- drop check constraint ck on public.orders", "+ add check constraint ck on public.orders");
	}

	@Test
	void aSerialColumnSatisfiesAnIdentityMapping() {
		Table live = table("users", column("id", integer()).notNull().serverDefault("nextval('users_id_seq'::regclass)"));
		Table target = table("users", column("id", integer()).generatedByDefaultAsIdentity());

		assertThat(this.diff.compare(schema(target), schema(live)).isEmpty()).isTrue();
	}

	@Test
	void unmappedTablesAreDroppedUnlessLeftAlone() {
		Table old = table("old_audit", column("id", bigint()));

		assertThat(this.diff.compare(schema(), schema(old)).summary()).containsExactly("- drop table public.old_audit");
		assertThat(new SchemaDiff(DiffOptions.defaults().withDropUnmapped(false)).compare(schema(), schema(old))
			.isEmpty()).isTrue();
		assertThat(new SchemaDiff(DiffOptions.defaults().withFilter((kind, name) -> !name.name().startsWith("old_")))
			.compare(schema(), schema(old)).isEmpty()).isTrue();
	}

	@Test
	void enumLabelsAreAddedInPlaceAndTheirRemovalIsOnlyWarnedAbout() {
		QualifiedName mood = QualifiedName.of("public", "mood");
		DatabaseSchema live = new DatabaseSchema(List.of(), List.of(), List.of(new EnumType(mood, List.of("happy", "sad"))));
		DatabaseSchema target = new DatabaseSchema(List.of(), List.of(),
				List.of(new EnumType(mood, List.of("happy", "meh", "sad"))));

		SchemaChanges changes = this.diff.compare(target, live);

		assertThat(upgrade(changes)).containsExactly("add value 'meh' to enum public.mood");
		assertThat(changes.downgrade()).singleElement().satisfies((step) -> {
			assertThat(step.operation()).isNull();
			assertThat(step.note()).contains("cannot be reversed", "PostgreSQL cannot remove an enum label");
		});
		assertThat(this.diff.compare(live, target).warnings()).singleElement().asString().contains("removing or reordering");
	}

	@Test
	void typesDifferingOnlyInDefaultPrecisionAreEqual() {
		Table live = table("e", column("at", type("timestamp(6) with time zone")));
		Table target = table("e", column("at", timestamptz()));

		assertThat(this.diff.compare(schema(target), schema(live)).isEmpty()).isTrue();
	}

}
