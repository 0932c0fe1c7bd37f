package dev.migrations.bench;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * What a bench run does, from system properties: {@code bench.revisions} (1000), {@code bench.entities} (300),
 * {@code bench.runs} timed runs per contender, cold and warm (3), {@code bench.warmups} untimed calls before the warm
 * runs (1), {@code bench.scenarios} (all, or names such as {@code UP_TO_DATE,APPLY}) and {@code bench.directory}
 * for the generated files, the log and the results ({@code target/bench}).
 *
 * @param revisions how many revisions to generate
 * @param entities how many entity classes to generate
 * @param runs timed runs per contender and mode
 * @param warmups untimed calls before the warm runs
 * @param scenarios the scenarios to run, in order
 * @param directory where the generated files, the log and the results go
 */
record BenchOptions(int revisions, int entities, int runs, int warmups, List<Scenario> scenarios, Path directory) {

	static BenchOptions fromSystemProperties() {
		String scenarios = System.getProperty("bench.scenarios", "");
		return new BenchOptions(Integer.getInteger("bench.revisions", 1000), Integer.getInteger("bench.entities", 300),
				Integer.getInteger("bench.runs", 3), Integer.getInteger("bench.warmups", 1),
				scenarios.isBlank() ? List.of(Scenario.values())
						: Arrays.stream(scenarios.split(",")).map(String::trim).map(Scenario::valueOf).toList(),
				Path.of(System.getProperty("bench.directory", "target/bench")).toAbsolutePath());
	}

}
