package dev.migrations.autoconfigure.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import dev.migrations.autoconfigure.reliability.app.ReliabilityApplication;
import dev.migrations.core.postgres.Sql;
import dev.migrations.core.revision.RevisionGraph;
import dev.migrations.core.support.CompiledRevisions;
import dev.migrations.testsupport.FreshDatabase;
import dev.migrations.testsupport.TestDatabase;

/**
 * Eight instances of an application, each in a JVM of its own, start at once against one empty database with a graph
 * of 200 revisions: all of them start, each revision is applied exactly once, all report the head, no log has an
 * error.
 */
class ConcurrentStartTest {

	private static final int INSTANCES = 8;

	private static final int REVISIONS = 200;

	private static final Pattern RUNNING_UPGRADE = Pattern.compile("Running upgrade \\S* -> (\\p{XDigit}{12}),");

	@RegisterExtension
	static final FreshDatabase server = new FreshDatabase();

	@Test
	void eightInstancesStartingAtOnceApplyEachRevisionOnceAndAllReportTheHead(@TempDir Path revisions,
			@TempDir Path logs) throws Exception {
		RevisionGraph graph = RevisionGraph.ofClasses(CompiledRevisions.chain(REVISIONS).compile(revisions));
		String head = graph.heads().get(0).id();
		TestDatabase database = server.newDatabase();

		List<String> outputs = new ArrayList<>();
		List<ApplicationProcess> instances = new ArrayList<>();
		try {
			for (int i = 1; i <= INSTANCES; i++) {
				instances.add(ApplicationProcess.start("instance-" + i, logs, database, List.of(revisions),
						"migrations.packages=generated"));
			}
			for (ApplicationProcess instance : instances) {
				int exit = instance.awaitExit(240);
				assertThat(exit).as("exit code of %s, whose output is:%n%s", instance.name(), instance.output()).isZero();
				outputs.add(instance.output());
			}
		}
		finally {
			for (ApplicationProcess instance : instances) {
				instance.close();
			}
		}

		assertThat(outputs).allSatisfy((output) -> assertThat(output)
			.contains(ReliabilityApplication.STARTED_AT + "[" + head + "]")
			.doesNotContain("ERROR", "Exception"));
		assertThat(upgradesLogged(outputs)).hasSize(REVISIONS).allSatisfy((id, times) -> assertThat(times).isOne());
		Sql sql = new Sql(database.dataSource());
		assertThat(upgradesRecorded(sql)).hasSize(REVISIONS).allSatisfy((id, times) -> assertThat(times).isOne());
		assertThat(sql.rows("SELECT version_num FROM migrations_version")).containsExactly(List.of(head));
	}

	private static Map<String, Integer> upgradesLogged(List<String> outputs) {
		Map<String, Integer> times = new HashMap<>();
		for (String output : outputs) {
			Matcher running = RUNNING_UPGRADE.matcher(output);
			while (running.find()) {
				times.merge(running.group(1), 1, Integer::sum);
			}
		}
		return times;
	}

	private static Map<String, Integer> upgradesRecorded(Sql sql) throws SQLException {
		Map<String, Integer> times = new HashMap<>();
		sql.rows("SELECT revision, count(*) FROM migrations_history WHERE direction = 'upgrade' GROUP BY revision")
			.forEach((row) -> times.put(row.get(0), Integer.valueOf(row.get(1))));
		return times;
	}

}
