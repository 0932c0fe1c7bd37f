package dev.migrations.core.postgres;

import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import dev.migrations.core.operation.AddColumn;
import dev.migrations.core.operation.AddConstraint;
import dev.migrations.core.operation.AddEnumValue;
import dev.migrations.core.operation.AlterColumnDefault;
import dev.migrations.core.operation.AlterColumnNullability;
import dev.migrations.core.operation.AlterColumnType;
import dev.migrations.core.operation.AlterSequence;
import dev.migrations.core.operation.BulkInsert;
import dev.migrations.core.operation.CreateEnum;
import dev.migrations.core.operation.CreateIndex;
import dev.migrations.core.operation.CreateSequence;
import dev.migrations.core.operation.CreateTable;
import dev.migrations.core.operation.DropColumn;
import dev.migrations.core.operation.DropConstraint;
import dev.migrations.core.operation.DropEnum;
import dev.migrations.core.operation.DropIndex;
import dev.migrations.core.operation.DropSequence;
import dev.migrations.core.operation.DropTable;
import dev.migrations.core.operation.Execute;
import dev.migrations.core.operation.NonTransactional;
import dev.migrations.core.operation.Operation;
import dev.migrations.core.operation.Previous;
import dev.migrations.core.operation.RenameColumn;
import dev.migrations.core.operation.RenameTable;
import dev.migrations.core.operation.SetColumnComment;
import dev.migrations.core.operation.SetTableComment;
import dev.migrations.core.schema.Column;
import dev.migrations.core.schema.Deferrability;
import dev.migrations.core.schema.EnumType;
import dev.migrations.core.schema.ForeignKey;
import dev.migrations.core.schema.Index;
import dev.migrations.core.schema.IndexPart;
import dev.migrations.core.schema.QualifiedName;
import dev.migrations.core.schema.ReferentialAction;
import dev.migrations.core.schema.Sequence;
import dev.migrations.core.schema.Table;
import dev.migrations.core.schema.UniqueConstraint;
import dev.migrations.testsupport.CatalogSnapshot;
import dev.migrations.testsupport.FreshDatabase;

import static dev.migrations.core.operation.Dsl.check;
import static dev.migrations.core.operation.Dsl.column;
import static dev.migrations.core.operation.Dsl.comment;
import static dev.migrations.core.operation.Dsl.expression;
import static dev.migrations.core.operation.Dsl.foreignKey;
import static dev.migrations.core.operation.Dsl.index;
import static dev.migrations.core.operation.Dsl.primaryKey;
import static dev.migrations.core.operation.Dsl.sequenceOptions;
import static dev.migrations.core.operation.Dsl.unique;
import static dev.migrations.core.operation.Dsl.uniqueIndex;
import static dev.migrations.core.schema.ColumnTypes.bigint;
import static dev.migrations.core.schema.ColumnTypes.integer;
import static dev.migrations.core.schema.ColumnTypes.named;
import static dev.migrations.core.schema.ColumnTypes.text;
import static dev.migrations.core.schema.ColumnTypes.timestamptz;
import static dev.migrations.core.schema.ColumnTypes.varchar;
import static org.assertj.core.api.Assertions.assertThat;

/** Each reversible operation, run and then reversed on PostgreSQL, leaves the catalog as it found it. */
class PostgresDdlReverseTest {

	@RegisterExtension
	static final FreshDatabase database = new FreshDatabase();

	private static final QualifiedName ACCOUNTS = QualifiedName.of("accounts");

	private static final Column CODE = column("code", varchar(10)).serverDefault("'none'").comment("short code");

	private static final Table ARCHIVE = Table.of(QualifiedName.of("archive"), List.of(
			column("id", bigint()).generatedByDefaultAsIdentity(),
			column("account_id", bigint()).notNull(),
			column("stored_at", timestamptz()).notNull().serverDefault("now()").comment("when"),
			primaryKey("id"),
			foreignKey("account_id").references("accounts", "id").onDelete(ReferentialAction.CASCADE),
			check("stored_at > '2000-01-01'"),
			index("ix_archive_stored", "stored_at"),
			comment("old rows")));

	private static final Index ACCOUNTS_NAME = index("ix_accounts_name", "name").on(ACCOUNTS);

	private static final UniqueConstraint ACCOUNTS_EMAIL = unique("email").named("uq_accounts_email")
		.deferrable(Deferrability.DEFERRABLE_INITIALLY_IMMEDIATE);

	private static final EnumType COLOR = new EnumType(QualifiedName.of("color"), List.of("red", "green"));

	private static final Sequence COUNTER = new Sequence(QualifiedName.of("counter"), integer(),
			sequenceOptions().start(10).incrementBy(2).maxValue(1000).cache(5).cycle(true));

	private static Sql sql;

	@BeforeAll
	static void createTheSchemaToChange() throws SQLException {
		sql = new Sql(database.dataSource());
		sql.run((op) -> {
			op.createTable("accounts",
					column("id", bigint()).generatedByDefaultAsIdentity(),
					column("email", text()).notNull(),
					column("name", text()).notNull().serverDefault("'anonymous'").comment("display name"),
					column("score", integer()),
					CODE,
					primaryKey("id"),
					ACCOUNTS_EMAIL,
					check("score >= 0").named("ck_accounts_score"),
					ACCOUNTS_NAME);
			op.createTable("tags", column("label", text()).notNull(), column("account_id", bigint()));
		});
		sql.run(List.of(new CreateTable(ARCHIVE), new CreateEnum(COLOR), new CreateSequence(COUNTER)));
	}

	static Stream<Named<Operation>> reversibleOperations() {
		QualifiedName tags = QualifiedName.of("tags");
		return Stream.of(
				new CreateTable(Table.of(QualifiedName.of("audit"), List.of(
						column("id", bigint()).generatedByDefaultAsIdentity(),
						column("account_id", bigint()).notNull(),
						column("payload", text()).comment("as sent"),
						column("color", named("color")),
						primaryKey("id").named("pk_audit"),
						foreignKey("account_id").references("accounts").named("fk_audit_account"),
						unique("payload"),
						uniqueIndex("ux_audit_account", "account_id"),
						comment("who did what")))),
				new DropTable(ARCHIVE.name(), ARCHIVE),
				new RenameTable(tags, "labels"),
				new AddColumn(tags, column("weight", integer()).notNull().serverDefault("1").comment("heavier first")),
				new DropColumn(ACCOUNTS, "code", CODE),
				new RenameColumn(ACCOUNTS, "score", "points"),
				new AlterColumnType(ACCOUNTS, "score", bigint(), null, integer(), null, false),
				new AlterColumnType(ACCOUNTS, "code", text(), "trim(code)", varchar(10), "code::varchar(10)", false),
				new AlterColumnNullability(ACCOUNTS, "score", false),
				new AlterColumnNullability(ACCOUNTS, "email", true),
				new AlterColumnDefault(ACCOUNTS, "name", "'nobody'", Previous.of("'anonymous'")),
				new AlterColumnDefault(ACCOUNTS, "score", "0", Previous.of(null)),
				new SetColumnComment(ACCOUNTS, "name", "the name shown", Previous.of("display name")),
				new SetColumnComment(ACCOUNTS, "email", "where mail goes", Previous.of(null)),
				new SetTableComment(ACCOUNTS, "customers", Previous.of(null)),
				new CreateIndex(index("ix_accounts_lower_email", IndexPart.expression("lower(email)"),
						IndexPart.column("name")).unique(true).where("score > 0").on(ACCOUNTS), false),
				new CreateIndex(index("ix_tags_label", "label").using("hash").on(tags), false),
				new DropIndex(ACCOUNTS_NAME.qualifiedName(), ACCOUNTS_NAME, false),
				new AddConstraint(tags, unique("label", "account_id").named("uq_tags")),
				new AddConstraint(tags, primaryKey("label").named("pk_tags")),
				new AddConstraint(tags, check("label <> ''").named("ck_tags_label")),
				new AddConstraint(tags, new ForeignKey("fk_tags_account", List.of("account_id"), ACCOUNTS, List.of("id"),
						ReferentialAction.SET_NULL, ReferentialAction.CASCADE, Deferrability.DEFERRABLE_INITIALLY_DEFERRED)),
				new DropConstraint(ACCOUNTS, "uq_accounts_email", ACCOUNTS_EMAIL),
				new DropConstraint(ACCOUNTS, "ck_accounts_score", check("score >= 0")),
				new CreateEnum(new EnumType(QualifiedName.of("size"), List.of("s", "m", "l"))),
				new DropEnum(COLOR.name(), COLOR),
				new CreateSequence(new Sequence(QualifiedName.of("ticket"), null, sequenceOptions())),
				new DropSequence(COUNTER.name(), COUNTER),
				new AlterSequence(COUNTER.name(), sequenceOptions().incrementBy(7).cycle(false).maxValue(99),
						sequenceOptions().incrementBy(2).cycle(true).maxValue(1000)),
				new NonTransactional(List.of(new CreateIndex(index("ix_accounts_email", "email").on(ACCOUNTS), true),
						new DropIndex(ACCOUNTS_NAME.qualifiedName(), ACCOUNTS_NAME, true))))
			.map((operation) -> Named.of(operation.describe(), operation));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("reversibleOperations")
	void theReverseRestoresTheCatalog(Operation operation) throws SQLException {
		CatalogSnapshot before = CatalogSnapshot.of(database.dataSource());

		sql.run(List.of(operation));
		assertThat(CatalogSnapshot.of(database.dataSource())).as("after %s", operation.describe()).isNotEqualTo(before);

		sql.run(List.of(operation.reverse().orElseThrow()));
		assertThat(CatalogSnapshot.of(database.dataSource())).as("after undoing %s", operation.describe()).isEqualTo(before);
	}

	@Test
	void everyKindOfOperationThatCanBeReversedIsCovered() {
		Set<Class<?>> irreversible = Set.of(AddEnumValue.class, Execute.class, BulkInsert.class);
		Set<Class<?>> covered = reversibleOperations().map((named) -> named.getPayload().getClass())
			.collect(Collectors.toSet());
		assertThat(covered).containsAll(Arrays.stream(Operation.class.getPermittedSubclasses())
			.filter((kind) -> !irreversible.contains(kind))
			.toList());
	}

}
