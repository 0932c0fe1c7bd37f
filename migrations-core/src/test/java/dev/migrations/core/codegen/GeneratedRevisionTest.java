package dev.migrations.core.codegen;

import static dev.migrations.core.operation.Dsl.check;
import static dev.migrations.core.operation.Dsl.column;
import static dev.migrations.core.operation.Dsl.comment;
import static dev.migrations.core.operation.Dsl.expression;
import static dev.migrations.core.operation.Dsl.foreignKey;
import static dev.migrations.core.operation.Dsl.index;
import static dev.migrations.core.operation.Dsl.indexColumn;
import static dev.migrations.core.operation.Dsl.primaryKey;
import static dev.migrations.core.operation.Dsl.sequenceOptions;
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
import static dev.migrations.core.schema.ColumnTypes.jsonb;
import static dev.migrations.core.schema.ColumnTypes.named;
import static dev.migrations.core.schema.ColumnTypes.numeric;
import static dev.migrations.core.schema.ColumnTypes.text;
import static dev.migrations.core.schema.ColumnTypes.timestamp;
import static dev.migrations.core.schema.ColumnTypes.timestamptz;
import static dev.migrations.core.schema.ColumnTypes.type;
import static dev.migrations.core.schema.ColumnTypes.uuid;
import static dev.migrations.core.schema.ColumnTypes.varchar;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.migrations.core.operation.Operation;
import dev.migrations.core.operation.Operations;
import dev.migrations.core.postgres.PostgresDdl;
import dev.migrations.core.postgres.SqlStatement;
import dev.migrations.core.revision.Migration;
import dev.migrations.core.revision.RevisionScript;
import dev.migrations.core.schema.Deferrability;
import dev.migrations.core.schema.Identity;
import dev.migrations.core.schema.ReferentialAction;
import dev.migrations.core.support.CompiledRevisions;

/** A generated revision records exactly the operations it was generated from: the same SQL, statement by statement. */
class GeneratedRevisionTest {

	@TempDir
	Path sources;

	private static final List<Operation> EVERY_KIND = Operations.record((op) -> {
		op.createEnum("mood", "happy", "sad", "it's \"complicated\"");
		op.createSequence("ticket_seq", sequenceOptions().start(1000).incrementBy(50).cache(5).cycle(false));
		op.createSequence("small_seq", integer(), sequenceOptions().maxValue(9999));
		op.createTable("user", column("id", uuid()).notNull().serverDefault("gen_random_uuid()"),
				column("Email Address", varchar(320)).notNull().comment("login, \"unique\""),
				column("score", numeric(12, 2)), column("ratio", doublePrecision()), column("code", character(3)),
				column("tags", arrayOf(text())), column("matrix", arrayOf(arrayOf(integer()))),
				column("mood", named("mood")), column("doc", jsonb()), column("raw", bytea()), column("born", date()),
				column("active", bool()).notNull().serverDefault("true"), column("addr", type("inet")),
				column("precise", timestamptz(3)), column("local", timestamp()).allowTimestampWithoutTimeZone(),
				column("seq", bigint()).generatedByDefaultAsIdentity(), column("always", bigint()).identity(Identity.ALWAYS),
				primaryKey("id").named("user_pk"), unique("Email Address"),
				unique("code").deferrable(Deferrability.DEFERRABLE_INITIALLY_DEFERRED),
				check("score >= 0").named("ck_score"), index("ix_user_lower", expression("lower(\"Email Address\")")),
				index("ix_user_mixed", indexColumn("code"), expression("(doc ->> 'k')")).unique(true).where("active"),
				index("ix_user_tags", "tags").using("gin"), comment("people\nwho log in"));
		op.inSchema("billing").createTable("invoice", column("id", bigint()).notNull(),
				column("user_id", uuid()), primaryKey("id"),
				foreignKey("user_id").references(table("public", "user"), "id")
					.onDelete(ReferentialAction.SET_NULL)
					.onUpdate(ReferentialAction.CASCADE)
					.deferrable(Deferrability.DEFERRABLE_INITIALLY_IMMEDIATE));
		op.addColumn("user", column("phone", varchar(32)));
		op.alterColumn("user", "score").type(numeric(14, 2), "score::numeric(14,2)").previousType(numeric(12, 2));
		op.alterColumn("user", "local").type(timestamptz(), "local AT TIME ZONE 'UTC'")
			.previousType(timestamp(), "local AT TIME ZONE 'UTC'");
		op.alterColumn("user", "phone").nullable(false);
		op.alterColumn("user", "phone").setDefault("'n/a'").previousDefault(null);
		op.alterColumn("user", "phone").dropDefault().previousDefault("'n/a'");
		op.alterColumn("user", "phone").comment("E.164").previousComment(null);
		op.setTableComment("user", null);
		op.renameColumn("user", "phone", "mobile");
		op.createIndex("ix_user_mobile", "user", "mobile").unique().where("mobile <> ''");
		op.inSchema("billing").createIndex("ix_invoice_user", "invoice", "user_id");
		op.createCheckConstraint("ck_mobile", "user", "length(mobile) > 3");
		op.createForeignKey("fk_self", "user", foreignKey("code").references("user", "code"));
		op.addEnumValue("mood", "meh");
		op.addEnumValueBefore("mood", "glad", "sad");
		op.addEnumValueAfter("mood", "grim", "sad");
		op.alterSequence("ticket_seq", sequenceOptions().incrementBy(1));
		op.execute("UPDATE \"user\" SET code = 'abc' WHERE code IS NULL");
		op.nonTransactional((block) -> block.createIndex("ix_user_born", "user", "born").concurrently());
		op.dropConstraint("ck_mobile", "user");
		op.dropIndex("ix_user_mobile");
		op.inSchema("billing").dropIndex("ix_invoice_user");
		op.dropColumn("user", "mobile");
		op.renameTable("user", "member");
		op.dropSequence("small_seq");
		op.inSchema("billing").dropTable("invoice");
		op.dropTable("member");
		op.dropEnum("mood");
	});

	@Test
	void everyOperationKindIsWrittenAsCodeThatRecordsTheSameSql() throws Exception {
		List<GeneratedBody.Step> steps = EVERY_KIND.stream().map((operation) -> new GeneratedBody.Step(operation, null))
			.toList();
		NewRevision revision = new NewRevision("abcdef012345", List.of(), "every kind", Instant.parse("2026-11-21T10:00:00Z"),
				List.of(), NewRevision.Kind.GENERATED, new GeneratedBody(steps, List.of(), null));

		Migration compiled = compile(revision);

		assertThat(sql(Operations.record(compiled::upgrade))).isEqualTo(sql(EVERY_KIND));
		assertThat(Operations.record(compiled::downgrade)).isEmpty();
	}

	@Test
	void notesBecomeCommentsAboveTheirStatementAndNamesOfTheDefaultSchemaStayUnqualified() throws Exception {
		List<Operation> drop = Operations.record((op) -> op.dropColumn("users", "legacy"));
		List<Operation> back = Operations.record((op) -> op.addColumn("users", column("legacy", text())));
		NewRevision revision = new NewRevision("abcdef012346", List.of("abcdef012345"), "drop legacy",
				Instant.parse("2026-11-21T10:00:00Z"), List.of(), NewRevision.Kind.GENERATED,
				new GeneratedBody(List.of(new GeneratedBody.Step(drop.get(0), "drops data: \\u000a back up first")),
						List.of(new GeneratedBody.Step(back.get(0), "the column comes back empty")), "public"));

		Path file = new RevisionWriter(this.sources, "gen", new FileNameTemplate("R_{rev}")).write(revision);
		String source = Files.readString(file);

		assertThat(source).contains("// drops data: \\\\u000a back up first\n\t\top.dropColumn(\"users\", \"legacy\");")
			.contains("// the column comes back empty\n\t\top.addColumn(\"users\", column(\"legacy\", text()));")
			.contains("Review it before applying");
		assertThat(sql(Operations.record(compileFile(file)::downgrade))).isEqualTo(sql(back));
	}

	@Test
	void aNoteStaysACommentWhateverLineBreakingCharactersItHolds() throws Exception {
		String note = "quotes a name: a\u2028op.execute(\"1\");\u0085op.execute(\"2\");\u000bop.execute(\"3\");"
				+ "\u000cop.execute(\"4\");\u2029op.execute(\"5\");";
		List<Operation> drop = Operations.record((op) -> op.dropColumn("users", "legacy"));
		NewRevision revision = new NewRevision("abcdef012347", List.of(), "note breaks",
				Instant.parse("2026-11-21T10:00:00Z"), List.of(), NewRevision.Kind.GENERATED,
				new GeneratedBody(List.of(new GeneratedBody.Step(drop.get(0), note)), List.of(), "public"));

		Path file = new RevisionWriter(this.sources, "gen", new FileNameTemplate("R_{rev}")).write(revision);

		assertThat(Files.readAllLines(file)).filteredOn((line) -> line.contains("op.execute"))
			.hasSize(5)
			.allSatisfy((line) -> assertThat(line.strip()).startsWith("// "));
		assertThat(sql(Operations.record(compileFile(file)::upgrade))).isEqualTo(sql(drop));
	}

	private Migration compile(NewRevision revision) throws Exception {
		return compileFile(new RevisionWriter(this.sources, "gen", new FileNameTemplate("R_{rev}")).write(revision));
	}

	private Migration compileFile(Path file) throws Exception {
		String className = "gen." + file.getFileName().toString().replace(".java", "");
		Class<?> type = CompiledRevisions.compileFiles(List.of(file), Files.createTempDirectory(this.sources, "classes"),
				List.of(className)).get(0);
		return RevisionScript.of(type).newInstance();
	}

	private static List<String> sql(List<Operation> operations) {
		return new PostgresDdl().render(operations).stream().map(SqlStatement::toScript).toList();
	}

}
