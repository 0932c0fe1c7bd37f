package dev.migrations.core.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import dev.migrations.core.revision.RevisionGraph;
import dev.migrations.core.support.CompiledRevisions;
import dev.migrations.testsupport.FreshDatabase;

class ConcurrentUpgradeTest {

	@RegisterExtension
	static final FreshDatabase database = new FreshDatabase();

	@Test
	void twoRunnersRacingOnOneDatabaseApplyEachOfThirtyRevisionsOnce(@TempDir Path classes) throws Exception {
		RevisionGraph graph = RevisionGraph.ofClasses(CompiledRevisions.chain(30).compile(classes));
		String head = graph.heads().get(0).id();
		CyclicBarrier start = new CyclicBarrier(2);
		ExecutorService runners = Executors.newFixedThreadPool(2);
		try {
			List<Future<MigrationResult>> results = new ArrayList<>();
			for (int i = 0; i < 2; i++) {
				results.add(runners.submit(() -> {
					Migrator migrator = new Migrator(database.dataSource(), graph, MigrationSettings.defaults());
					start.await();
					return migrator.upgrade("head");
				}));
			}
			int applied = 0;
			for (Future<MigrationResult> result : results) {
				MigrationResult done = result.get();
				assertThat(done.after()).containsExactly(head);
				applied += done.revisions().size();
			}
			assertThat(applied).isEqualTo(30);
		}
		finally {
			runners.shutdownNow();
		}
		assertThat(upgradesPerRevision()).hasSize(30).allMatch((count) -> count == 1);
	}

	private List<Integer> upgradesPerRevision() throws SQLException {
		List<Integer> counts = new ArrayList<>();
		try (Connection connection = database.connect(); Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery("SELECT count(*) FROM migrations_history"
						+ " WHERE direction = 'upgrade' GROUP BY revision")) {
			while (result.next()) {
				counts.add(result.getInt(1));
			}
		}
		return counts;
	}

}
