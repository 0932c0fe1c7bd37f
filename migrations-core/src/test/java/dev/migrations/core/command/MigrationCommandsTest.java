package dev.migrations.core.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import dev.migrations.core.codegen.FileNameTemplate;
import dev.migrations.core.codegen.RevisionWriter;
import dev.migrations.core.revision.RevisionGraph;
import dev.migrations.core.revision.RevisionGraphException;
import dev.migrations.core.revision.RevisionScript;
import dev.migrations.core.runtime.MigrationSettings;
import dev.migrations.core.runtime.Migrator;
import dev.migrations.core.runtime.OfflineScript;
import dev.migrations.core.support.BranchedRevisions;
import dev.migrations.core.support.CompiledRevisions;
import dev.migrations.testsupport.FreshDatabase;

class MigrationCommandsTest {

	@RegisterExtension
	static final FreshDatabase server = new FreshDatabase();

	private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-21T09:30:00Z"), ZoneOffset.UTC);

	@TempDir
	Path sources;

	private javax.sql.DataSource dataSource;

	@BeforeEach
	void newDatabase() {
		this.dataSource = server.newDatabase().dataSource();
	}

	private MigrationCommands commands(Class<?>... revisions) {
		RevisionGraph graph = RevisionGraph.ofClasses(List.of(revisions));
		MigrationSettings settings = MigrationSettings.defaults();
		return new MigrationCommands(new Migrator(this.dataSource, graph, settings), new OfflineScript(graph, settings),
				new RevisionWriter(this.sources, "com.example.migrations", new FileNameTemplate(FileNameTemplate.DEFAULT)),
				CLOCK);
	}

	private MigrationCommands branched() {
		return commands(BranchedRevisions.Base.class, BranchedRevisions.Invoices.class,
				BranchedRevisions.Notes.class, BranchedRevisions.Merge.class);
	}

	@Test
	void currentIsEmptyAtBaseThenNamesTheAppliedHead() {
		MigrationCommands commands = branched();
		assertThat(commands.current()).isEmpty();

		commands.upgrade("head");

		assertThat(commands.current()).extracting(RevisionStatus::shortLine).containsExactly("3c3c3c3c3c3c (head)");
	}

	@Test
	void historyPrintsAlembicLinesNewestFirstAndMarksTheCurrentRevision() {
		MigrationCommands commands = branched();
		commands.upgrade("1a1a1a1a1a1a");

		assertThat(commands.history(null)).extracting(RevisionStatus::historyLine).containsExactly(
				"1a1a1a1a1a1a, 2b2b2b2b2b2b -> 3c3c3c3c3c3c (head) (mergepoint), merge heads",
				"0f0f0f0f0f0f -> 2b2b2b2b2b2b, notes",
				"0f0f0f0f0f0f -> 1a1a1a1a1a1a (current), invoices",
				"<base> -> 0f0f0f0f0f0f (branchpoint), base");
		assertThat(commands.history("1a1a:")).extracting((status) -> status.revision().id())
			.containsExactly("3c3c3c3c3c3c", "1a1a1a1a1a1a");
	}

	@Test
	void headsAndBranchesDescribeTheGraph() {
		MigrationCommands commands = commands(BranchedRevisions.Base.class, BranchedRevisions.Invoices.class,
				BranchedRevisions.Notes.class);

		assertThat(commands.heads()).extracting(RevisionStatus::shortLine)
			.containsExactly("1a1a1a1a1a1a (head)", "2b2b2b2b2b2b (head)");
		assertThat(commands.branches()).singleElement().extracting(BranchPoint::lines).isEqualTo(List.of(
				"0f0f0f0f0f0f (branchpoint)", "   -> 1a1a1a1a1a1a (head), invoices", "   -> 2b2b2b2b2b2b (head), notes"));
	}

	@Test
	void showGivesTheParentsAndTheSqlOfARevision() {
		RevisionDetails details = branched().show("1a1a");

		assertThat(details.lines()).contains("Rev: 1a1a1a1a1a1a", "Parent: 0f0f0f0f0f0f", "Applied: no", "    invoices",
				"    CREATE TABLE invoices (", "        id bigint NOT NULL,", "        PRIMARY KEY (id)", "    );",
				"    DROP TABLE invoices;");
	}

	@Test
	void revisionWritesACompilableClassOnTopOfTheHead() throws Exception {
		MigrationCommands commands = commands(BranchedRevisions.Base.class);

		Path file = commands.revision("add \"quoted\" text\nand a */ second line \\u000a");

		assertThat(file.getFileName().toString())
			.matches("R20261121_0930_[0-9a-f]{12}_add_quoted_text_and_a_second_line_u000a\\.java");
		assertThat(file.getParent()).isEqualTo(this.sources.resolve("com/example/migrations"));
		RevisionScript written = compile(file);
		assertThat(written.revises()).containsExactly("0f0f0f0f0f0f");
		assertThat(written.message()).isEqualTo("add \"quoted\" text\nand a */ second line \\u000a");
		assertThat(written.created()).isEqualTo(Instant.parse("2026-11-21T09:30:00Z"));
	}

	@Test
	void revisionRefusesSeveralHeadsAndMergeJoinsThem() throws Exception {
		MigrationCommands commands = commands(BranchedRevisions.Base.class, BranchedRevisions.Invoices.class,
				BranchedRevisions.Notes.class);

		assertThatExceptionOfType(RevisionGraphException.class).isThrownBy(() -> commands.revision("more"))
			.withMessageContaining("Multiple heads are present: 1a1a1a1a1a1a, 2b2b2b2b2b2b");

		RevisionScript merge = compile(commands.merge("merge heads", null));
		assertThat(merge.revises()).containsExactly("1a1a1a1a1a1a", "2b2b2b2b2b2b");
		assertThat(merge.message()).isEqualTo("merge heads");
	}

	@Test
	void sqlPrintsTheOfflineScriptForARange() {
		assertThat(branched().sql("base:1a1a1a1a1a1a")).contains("-- Running upgrade  -> 0f0f0f0f0f0f, base",
				"-- Running upgrade 0f0f0f0f0f0f -> 1a1a1a1a1a1a, invoices").doesNotContain("notes");
	}

	private RevisionScript compile(Path source) throws Exception {
		Path classes = Files.createTempDirectory(this.sources, "classes");
		List<Class<?>> compiled = CompiledRevisions.compileFiles(List.of(source), classes,
				List.of("com.example.migrations." + source.getFileName().toString().replace(".java", "")));
		return RevisionScript.of(new ArrayList<>(compiled).get(0));
	}

}
