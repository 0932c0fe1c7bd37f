package dev.migrations.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Keeps the harness from rotting: every scenario once at a tiny size, every tool. Times nothing. */
class BenchSmokeTest {

	@TempDir
	Path directory;

	@Test
	void everyScenarioRunsEveryToolOnceAtATinySizeAndPrintsTheTable() {
		Workload tiny = new Workload(this.directory, 5, 3);
		String report = new Bench(new BenchOptions(tiny.revisions(), tiny.entities(), 1, 0, List.of(Scenario.values()),
				this.directory)).run();

		for (Scenario scenario : Scenario.values()) {
			assertThat(report).contains("| " + scenario.title(tiny) + " |");
			scenario.contenders().forEach((contender) -> assertThat(report).contains("| " + contender.name() + " |"));
		}
		assertThat(report).contains("| 5 applied |", "| no changes |", "| 0 changesets |", "| validate passed |")
			.doesNotContain("failed");
	}

}
