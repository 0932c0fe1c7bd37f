package dev.migrations.core.reliability;

import static dev.migrations.core.operation.Dsl.check;
import static dev.migrations.core.operation.Dsl.column;
import static dev.migrations.core.operation.Dsl.comment;
import static dev.migrations.core.operation.Dsl.expression;
import static dev.migrations.core.operation.Dsl.foreignKey;
import static dev.migrations.core.operation.Dsl.index;
import static dev.migrations.core.operation.Dsl.primaryKey;
import static dev.migrations.core.operation.Dsl.unique;
import static dev.migrations.core.schema.ColumnTypes.bigint;
import static dev.migrations.core.schema.ColumnTypes.integer;
import static dev.migrations.core.schema.ColumnTypes.named;
import static dev.migrations.core.schema.ColumnTypes.text;
import static dev.migrations.core.schema.ColumnTypes.varchar;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import dev.migrations.core.codegen.FileNameTemplate;
import dev.migrations.core.codegen.RevisionWriter;
import dev.migrations.core.command.MigrationCommands;
import dev.migrations.core.diff.DiffOptions;
import dev.migrations.core.operation.Operations;
import dev.migrations.core.postgres.Sql;
import dev.migrations.core.postgres.catalog.PostgresCatalog;
import dev.migrations.core.revision.Migration;
import dev.migrations.core.revision.Revision;
import dev.migrations.core.revision.RevisionGraph;
import dev.migrations.core.revision.RevisionScript;
import dev.migrations.core.runtime.MigrationException;
import dev.migrations.core.runtime.MigrationSettings;
import dev.migrations.core.runtime.Migrator;
import dev.migrations.core.runtime.OfflineScript;
import dev.migrations.core.schema.Column;
import dev.migrations.core.schema.DatabaseSchema;
import dev.migrations.core.schema.EnumType;
import dev.migrations.core.schema.QualifiedName;
import dev.migrations.core.schema.Table;
import dev.migrations.core.support.AutogenerateRoundTrip;
import dev.migrations.core.support.CompiledRevisions;
import dev.migrations.testsupport.CatalogSnapshot;
import dev.migrations.testsupport.FreshDatabase;
import dev.migrations.testsupport.TestDatabase;

/**
 * Names and values that could break out of SQL or Java, and names at PostgreSQL's 63-byte limit, go through every
 * layer unharmed: operations, PostgreSQL, the catalog reader, the diff, the revision writer and the compiler, and the
 * runtime. Nothing is injected anywhere, and a name that PostgreSQL would truncate is refused.
 */
class HostileNamesTest {

	/** A value or a comment that would end a string literal and run SQL, were it spliced in. */
	private static final String SQL_INJECTION = "'); DROP TABLE \"order\"; --";

	/** Text that would end a Java comment or string, or become a line break through a unicode escape. */
	private static final String JAVA_INJECTION = "*/ \"); System.exit(1); // \\u000a \\";

	private static final String ASCII_63 = "x".repeat(63);

	/** 21 characters of 3 bytes in UTF-8: 63 bytes. */
	private static final String UTF8_63 = "日".repeat(21);

	private static final String SCHEMA = "Straße; --";

	private static final Set<String> SCHEMAS = Set.of("public", SCHEMA);

	@RegisterExtension
	static final FreshDatabase server = new FreshDatabase();

	@TempDir
	Path sources;

	@Test
	void hostileNamesGoThroughTheCatalogTheDiffAndGeneratedSourceAndBack() throws Exception {
		QualifiedName mood = QualifiedName.of("public", "mood \"q\"");
		Table order = table("public", "order", column("user", text()).notNull(),
				column("Mixed Case", integer()).comment(SQL_INJECTION + "\n" + JAVA_INJECTION),
				column("a\"b", named(mood)).serverDefault("'it''s'"),
				column("it's", varchar(20)).serverDefault("'semi; colon'"), column("semi; DROP TABLE x; --", text()),
				column("new\nline", text()), column("paragraph\u2029separator", text()), column(JAVA_INJECTION, text()),
				column(ASCII_63, bigint()), column(UTF8_63, text()), column("émoji 😀", text()),
				primaryKey("user").named("pk \"order\""),
				unique("it's").named("uq; DROP"), check("\"Mixed Case\" >= 0").named("ck 'x'"),
				index("ix \"q\"", "semi; DROP TABLE x; --"), index("ix lower", expression("lower(\"user\")")),
				comment(SQL_INJECTION + "\n" + JAVA_INJECTION));
		Table select = table(SCHEMA, "select", column("id", bigint()).notNull(), column("order id", text()),
				primaryKey("id"),
				foreignKey("order id").references(QualifiedName.of("public", "order"), "user").named("fk \"x\""));
		DatabaseSchema target = new DatabaseSchema(List.of(order, select), List.of(),
				List.of(new EnumType(mood, List.of("it's", "a\"b", SQL_INJECTION, "日本", JAVA_INJECTION))));
		TestDatabase database = server.newDatabase();

		new AutogenerateRoundTrip(database, this.sources, SCHEMAS, DiffOptions.defaults()).run(List.of(), target,
				"+ create enum public.mood \"q\" [it's, a\"b, " + SQL_INJECTION + ", 日本, " + JAVA_INJECTION + "]",
				"+ create table public.order", "+ create table " + SCHEMA + ".select");

		try (var connection = database.connect()) {
			DatabaseSchema live = new PostgresCatalog().read(connection, SCHEMAS, Set.of());
			assertThat(live.table(QualifiedName.of("public", "order")).orElseThrow().columns()).extracting(Column::name)
				.containsExactlyElementsOf(order.columns().stream().map(Column::name).toList());
			assertThat(live.enums()).extracting(EnumType::values).containsExactly(target.enums().get(0).values());
		}
	}

	@Test
	void parametersOfExecuteAndBulkInsertAreValuesNeverSqlOnlineAndInTheOfflineScript() throws Exception {
		RevisionGraph graph = RevisionGraph.ofClasses(List.of(HostileValues.class));
		DataSource online = server.newDatabase().dataSource();
		DataSource offline = server.newDatabase().dataSource();

		new Migrator(online, graph, MigrationSettings.defaults()).upgrade("head");
		try (var connection = offline.getConnection(); var statement = connection.createStatement()) {
			for (String line : new OfflineScript(graph, MigrationSettings.defaults())
				.upgradeStatements(graph.get(HostileValues.ID))) {
				statement.execute(line);
			}
		}

		for (DataSource dataSource : List.of(online, offline)) {
			assertThat(new Sql(dataSource).rows("SELECT \"it's\" FROM \"order\" ORDER BY 1"))
				.containsExactlyInAnyOrderElementsOf(HostileValues.VALUES.stream().map(List::of).toList());
		}
	}

	@Test
	void aNameOverSixtyThreeBytesIsRefusedBeforeAnySqlNotTruncated() throws Exception {
		DataSource dataSource = server.newDatabase().dataSource();
		Migrator migrator = new Migrator(dataSource, RevisionGraph.ofClasses(List.of(TooLongName.class)),
				MigrationSettings.defaults());

		assertThatExceptionOfType(MigrationException.class).isThrownBy(() -> migrator.upgrade("head"))
			.withMessageContaining("Revision " + TooLongName.ID + " (too long a name): upgrade() could not be recorded:"
					+ " identifier \"" + UTF8_63 + "x\" is 64 bytes long in UTF-8, over PostgreSQL's limit of 63 bytes:"
					+ " PostgreSQL would silently truncate it, so choose a shorter name");
		assertThat(CatalogSnapshot.of(dataSource).tableNames()).isEmpty();
	}

	@Test
	void aRevisionMessageWithLineBreaksQuotesAndEscapesIsWrittenAsSourceThatCompilesAndReadsItBack()
			throws Exception {
		String message = "add \"quoted\" it's\nsecond line\r\n\ttab " + JAVA_INJECTION + " \u2028 ${x} %s "
				+ SQL_INJECTION;
		MigrationCommands commands = new MigrationCommands(
				new Migrator(server.newDatabase().dataSource(), RevisionGraph.ofClasses(List.of()),
						MigrationSettings.defaults()),
				null, new RevisionWriter(this.sources, "hostile", new FileNameTemplate(FileNameTemplate.DEFAULT)),
				Clock.fixed(Instant.parse("2026-11-21T10:00:00Z"), ZoneOffset.UTC));

		Path file = commands.revision(message);

		String className = "hostile." + file.getFileName().toString().replace(".java", "");
		assertThat(className).matches("hostile\\.R20261121_1000_[0-9a-f]{12}_add_quoted_it_s_second_line_tab_system_e");
		Class<?> revision = CompiledRevisions.compileFiles(List.of(file),
				Files.createTempDirectory(this.sources, "classes"), List.of(className)).get(0);
		assertThat(RevisionScript.of(revision).message()).isEqualTo(message);
	}

	private static Table table(String schema, String name, Object... elements) {
		return Table.of(QualifiedName.of(schema, name), Arrays.stream(elements)
			.map(dev.migrations.core.schema.TableElement.class::cast)
			.collect(Collectors.toList()));
	}

	@Revision(id = HostileValues.ID, message = "hostile values")
	public static class HostileValues implements Migration {

		static final String ID = "0dd000000001";

		static final List<String> VALUES = List.of(SQL_INJECTION, "? $1 :name ?? \\", "line\nbreak", JAVA_INJECTION,
				"日本 😀");

		@Override
		public void upgrade(Operations op) {
			op.createTable("order", column("it's", text()));
			op.execute("INSERT INTO \"order\" (\"it's\") VALUES (?), (?)", VALUES.get(0), VALUES.get(1));
			op.bulkInsert("order", VALUES.subList(2, VALUES.size()).stream()
				.map((value) -> Map.<String, Object>of("it's", value))
				.toList());
		}

		@Override
		public void downgrade(Operations op) {
			op.dropTable("order");
		}

	}

	@Revision(id = TooLongName.ID, message = "too long a name")
	public static class TooLongName implements Migration {

		static final String ID = "0dd000000002";

		@Override
		public void upgrade(Operations op) {
			op.createTable("fits", column("id", bigint()));
			op.createTable(UTF8_63 + "x", column("id", bigint()));
		}

		@Override
		public void downgrade(Operations op) {
			op.dropTable(UTF8_63 + "x");
			op.dropTable("fits");
		}

	}

}
