package dev.migrations.core.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.stream.LongStream;

import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import dev.migrations.core.codegen.FileNameTemplate;
import dev.migrations.core.codegen.GeneratedBody;
import dev.migrations.core.codegen.NewRevision;
import dev.migrations.core.codegen.RevisionWriter;
import dev.migrations.core.diff.DiffOptions;
import dev.migrations.core.diff.SchemaChanges;
import dev.migrations.core.revision.RevisionGraph;
import dev.migrations.core.runtime.MigrationSettings;
import dev.migrations.core.runtime.Migrator;
import dev.migrations.core.support.AutogenerateRoundTrip;
import dev.migrations.core.support.CompiledRevisions;
import dev.migrations.testsupport.CatalogSnapshot;
import dev.migrations.testsupport.FreshDatabase;
import dev.migrations.testsupport.TestDatabase;

/**
 * Random schema evolutions, run the whole way on PostgreSQL. For each seed, {@link SchemaEvolution} changes the target
 * schema one step at a time; at each step autogenerate finds the change, writes a revision on top of the previous one
 * (its message the change in words), which compiles, upgrades, and leaves nothing to diff. Then the revisions are
 * downgraded one at a time, and each time the catalog equals the one before that step, but for the order of a table's
 * columns: PostgreSQL adds a column at the end of its table, so a downgrade that adds back a column dropped from the
 * middle of a table cannot put it back in its place. The target is built directly
 * as a {@code DatabaseSchema}, as the JPA reader would hand it over: the canonicalizer, the diff, the writer and the
 * runtime are under test.
 * <p>
 * The build runs {@value #SEEDS} seeds of {@value #STEPS} steps. More:
 * {@code -Dmigrations.evolution.seeds=20 -Dmigrations.evolution.steps=10} (200 steps); to replay one seed,
 * {@code -Dmigrations.evolution.first-seed=<seed> -Dmigrations.evolution.seeds=1}.
 */
class RandomEvolutionTest {

	private static final int SEEDS = 3;

	private static final int STEPS = 6;

	private static final String COLUMN = "  column ";

	private static final Instant CREATED = Instant.parse("2026-11-21T10:00:00Z");

	@RegisterExtension
	static final FreshDatabase server = new FreshDatabase();

	@TempDir
	Path sources;

	static LongStream seeds() {
		long first = Long.getLong("migrations.evolution.first-seed", 1);
		return LongStream.range(first, first + Integer.getInteger("migrations.evolution.seeds", SEEDS));
	}

	@ParameterizedTest(name = "seed {0}")
	@MethodSource("seeds")
	void everyStepUpgradesToAnEmptyDiffAndDowngradesBackToTheCatalogBeforeIt(long seed) throws Exception {
		int steps = Integer.getInteger("migrations.evolution.steps", STEPS);
		TestDatabase database = server.newDatabase();
		AutogenerateRoundTrip autogenerate = new AutogenerateRoundTrip(database, this.sources, Set.of("public"),
				DiffOptions.defaults());
		RevisionWriter writer = new RevisionWriter(this.sources, "evolution", new FileNameTemplate("R{rev}"));
		Path classes = Files.createTempDirectory(this.sources, "classes");
		SchemaEvolution evolution = new SchemaEvolution(seed);
		List<String> classNames = new ArrayList<>();
		List<String> changes = new ArrayList<>();
		List<List<String>> catalogs = new ArrayList<>(List.of(catalog(database)));
		Migrator migrator = null;
		for (int step = 1; step <= steps; step++) {
			SchemaEvolution.Step next = evolution.next();
			changes.add(next.change());
			String history = "seed " + seed + " after " + String.join("; ", changes);

			SchemaChanges found = autogenerate.diff(next.schema());
			assertThat(found.summary()).as("changes found, %s", history).isNotEmpty();
			String id = String.format("e%03x%08x", seed, step);
			List<String> parent = classNames.isEmpty() ? List.of() : List.of(String.format("e%03x%08x", seed, step - 1));
			Path file = writer.write(new NewRevision(id, parent, next.change(), CREATED, List.of(),
					NewRevision.Kind.GENERATED, new GeneratedBody(found.upgrade(), found.downgrade(), "public")));
			classNames.add("evolution.R" + id);
			migrator = new Migrator(database.dataSource(),
					RevisionGraph.ofClasses(CompiledRevisions.compileFiles(List.of(file), classes, classNames)),
					MigrationSettings.defaults());
			migrator.upgrade("head");

			assertThat(autogenerate.diff(next.schema()).summary()).as("changes left after the upgrade, %s", history)
				.isEmpty();
			assertThat(migrator.graph().get(id).message()).as("message of the revision").isEqualTo(next.change());
			catalogs.add(catalog(database));
		}
		for (int step = steps; step >= 1; step--) {
			migrator.downgrade("-1");
			assertThat(catalog(database)).as("catalog after downgrading step %d of seed %d (%s)", step, seed,
					changes.get(step - 1)).containsExactlyElementsOf(catalogs.get(step - 1));
		}
	}

	/** The catalog's lines, each table's columns in name order. */
	private static List<String> catalog(TestDatabase database) throws SQLException {
		List<String> lines = new ArrayList<>(
				CatalogSnapshot.of(database.dataSource(), "migrations_version", "migrations_history").lines());
		for (int start = 0; start < lines.size(); start++) {
			int end = start;
			while (end < lines.size() && lines.get(end).startsWith(COLUMN)) {
				end++;
			}
			Collections.sort(lines.subList(start, end));
			start = end;
		}
		return lines;
	}

}
