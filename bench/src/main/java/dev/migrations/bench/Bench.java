package dev.migrations.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import dev.migrations.testsupport.DatabaseServer;

/**
 * Runs the benchmarks and prints the table: starts the PostgreSQL server the tests use, writes and compiles the
 * workload, prepares the template databases, then for each scenario forks one JVM per cold run (runs of all
 * contenders side by side) and one JVM for the warm runs. See {@link BenchOptions} for the settings and
 * {@code docs/benchmarks.md} for what each scenario measures.
 */
public final class Bench {

	private final BenchOptions options;

	Bench(BenchOptions options) {
		this.options = options;
	}

	public static void main(String[] arguments) {
		System.out.println(new Bench(BenchOptions.fromSystemProperties()).run());
	}

	/** Runs every scenario and returns the report: the machine, the versions, the date and the table. */
	String run() {
		long started = System.nanoTime();
		String postgres = DatabaseServer.version();
		Workload workload = new Workload(this.options.directory().resolve("workload"), this.options.revisions(),
				this.options.entities());
		deleteRecursively(this.options.directory());
		new WorkloadWriter(workload).write();
		progress("workload written and compiled", started);
		ChildJvm jvm = new ChildJvm(workload, this.options.directory().resolve("bench.log"));
		Map<String, String> templates = new LinkedHashMap<>();
		List<Measurement> measurements = new ArrayList<>();
		try {
			for (Scenario scenario : this.options.scenarios()) {
				measurements.addAll(measure(scenario, jvm, templates));
				progress(scenario.title(workload), started);
			}
		}
		finally {
			templates.values().forEach(DatabaseServer::drop);
		}
		String report = new Environment(postgres).describe() + "\n\n" + new ResultTable(measurements, workload)
			.render(this.options.scenarios()) + "\nRuns: " + this.options.runs() + " cold and " + this.options.runs()
				+ " warm per tool (whole processes: cold only), the warm ones after " + this.options.warmups()
				+ " warm-up call(s); whole bench "
				+ Duration.ofNanos(System.nanoTime() - started).toSeconds() + " s.\n";
		WorkloadWriter.writeFile(this.options.directory().resolve("results.md"), report);
		return report;
	}

	private List<Measurement> measure(Scenario scenario, ChildJvm jvm, Map<String, String> templates) {
		List<String> scenarioTemplates = new ArrayList<>();
		for (int index = 0; index < scenario.contenders().size(); index++) {
			int contender = index;
			Optional<Contender> preparation = scenario.preparation(contender);
			scenarioTemplates.add(preparation.map((prepared) -> templates.computeIfAbsent(prepared.name(),
					(name) -> prepare(jvm, scenario, contender))).orElse("-"));
		}
		List<String> lines = new ArrayList<>();
		for (int run = 0; run < this.options.runs(); run++) {
			for (int index = 0; index < scenarioTemplates.size(); index++) {
				lines.addAll(jvm.run("cold", scenario,
						List.of(Integer.toString(index), Integer.toString(run), scenarioTemplates.get(index))));
			}
		}
		if (scenario.hasWarmRuns()) {
			List<String> warm = new ArrayList<>(
					List.of(Integer.toString(this.options.runs()), Integer.toString(this.options.warmups())));
			warm.addAll(scenarioTemplates);
			lines.addAll(jvm.run("warm", scenario, warm));
		}
		return lines.stream().filter(Measurement::isLine).map(Measurement::parse).toList();
	}

	private static String prepare(ChildJvm jvm, Scenario scenario, int contender) {
		return jvm.run("prepare", scenario, List.of(Integer.toString(contender)))
			.stream()
			.filter((line) -> line.startsWith(Worker.TEMPLATE_PREFIX))
			.findFirst()
			.orElseThrow()
			.substring(Worker.TEMPLATE_PREFIX.length());
	}

	private static void progress(String step, long started) {
		System.err.printf("[bench %4d s] %s%n", Duration.ofNanos(System.nanoTime() - started).toSeconds(), step);
	}

	private static void deleteRecursively(Path directory) {
		if (!Files.exists(directory)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(directory)) {
			for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(path);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The machine and versions a report was measured with. */
	private record Environment(String postgres) {

		String describe() {
			return "Measured " + LocalDate.now() + " on " + Runtime.getRuntime().availableProcessors() + " cores, "
					+ memory() + " of memory, " + System.getProperty("os.name") + " " + System.getProperty("os.version")
					+ "; Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + "); "
					+ postgres + ".";
		}

		private static String memory() {
			try (Stream<String> lines = Files.lines(Path.of("/proc/meminfo"))) {
				return lines.filter((line) -> line.startsWith("MemTotal:"))
					.map((line) -> Long.parseLong(line.replaceAll("\\D", "")) / (1024 * 1024) + " GiB")
					.findFirst()
					.orElse("unknown");
			}
			catch (IOException ex) {
				return "unknown";
			}
		}

	}

}
