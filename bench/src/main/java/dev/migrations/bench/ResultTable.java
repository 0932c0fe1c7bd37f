package dev.migrations.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;

/**
 * The measurements as a Markdown table: per scenario and contender, cold and warm min / median / max, the round
 * trips and connections of a call, and for each peer the ratio ours/peer computed run by run (runs with the same
 * number ran side by side) as the median of those ratios and their range.
 */
final class ResultTable {

	private final List<Measurement> measurements;

	private final Workload workload;

	ResultTable(List<Measurement> measurements, Workload workload) {
		this.measurements = List.copyOf(measurements);
		this.workload = workload;
	}

	String render(List<Scenario> scenarios) {
		StringBuilder table = new StringBuilder();
		table.append("| scenario | tool | cold ms (min / median / max) | warm ms (min / median / max) | round trips |"
				+ " connections | ours/peer cold | ours/peer warm | outcome |\n");
		table.append("|---|---|---|---|---|---|---|---|---|\n");
		for (Scenario scenario : scenarios) {
			int contenders = scenario.contenders().size();
			for (int index = 0; index < contenders; index++) {
				List<Measurement> all = of(scenario, index, (measurement) -> true);
				if (all.isEmpty()) {
					continue;
				}
				List<Measurement> cold = of(scenario, index, (measurement) -> measurement.cold() && !measurement.failed());
				List<Measurement> warm = of(scenario, index, (measurement) -> !measurement.cold() && !measurement.failed());
				List<Measurement> succeeded = new ArrayList<>(cold);
				succeeded.addAll(warm);
				boolean peer = scenario.isComparison() && index > 0;
				table.append("| ").append((index == 0) ? scenario.title(this.workload) : "")
					.append(" | ").append(all.get(0).name())
					.append(" | ").append(spread(cold))
					.append(" | ").append(spread(warm))
					.append(" | ").append(scenario.countsRoundTrips() ? median(succeeded, Measurement::roundTrips) : "n/a")
					.append(" | ").append(scenario.countsRoundTrips() ? median(succeeded, Measurement::connections) : "n/a")
					.append(" | ").append(peer ? ratio(scenario, index, true) : "")
					.append(" | ").append(peer ? ratio(scenario, index, false) : "")
					.append(" | ").append(outcome(all))
					.append(" |\n");
			}
		}
		return table.toString();
	}

	private List<Measurement> of(Scenario scenario, int contender, Predicate<Measurement> filter) {
		return this.measurements.stream()
			.filter((measurement) -> measurement.scenario() == scenario && measurement.contender() == contender)
			.filter(filter)
			.toList();
	}

	private String ratio(Scenario scenario, int peer, boolean cold) {
		Map<Integer, Measurement> ours = byRun(of(scenario, 0, (measurement) -> measurement.cold() == cold));
		Map<Integer, Measurement> theirs = byRun(of(scenario, peer, (measurement) -> measurement.cold() == cold));
		List<Double> ratios = new ArrayList<>();
		ours.forEach((run, measurement) -> {
			Measurement other = theirs.get(run);
			if (other != null && !other.failed() && !measurement.failed()) {
				ratios.add((double) measurement.nanos() / other.nanos());
			}
		});
		if (ratios.isEmpty()) {
			return "-";
		}
		Collections.sort(ratios);
		return String.format(Locale.ROOT, "%.2f (%.2f-%.2f)", middle(ratios), ratios.get(0),
				ratios.get(ratios.size() - 1));
	}

	private static Map<Integer, Measurement> byRun(List<Measurement> measurements) {
		return measurements.stream().collect(Collectors.toMap(Measurement::run, (measurement) -> measurement,
				(first, second) -> first, TreeMap::new));
	}

	private static String spread(List<Measurement> measurements) {
		if (measurements.isEmpty()) {
			return "-";
		}
		List<Double> millis = measurements.stream().map(Measurement::millis).sorted().toList();
		return millis(millis.get(0)) + " / " + millis(middle(millis)) + " / " + millis(millis.get(millis.size() - 1));
	}

	private static String median(List<Measurement> measurements, ToDoubleFunction<Measurement> value) {
		if (measurements.isEmpty()) {
			return "-";
		}
		List<Double> values = measurements.stream().map(value::applyAsDouble).sorted().toList();
		return String.format(Locale.ROOT, "%,.0f", middle(values));
	}

	private static double middle(List<Double> sorted) {
		int size = sorted.size();
		return (size % 2 == 1) ? sorted.get(size / 2) : (sorted.get(size / 2 - 1) + sorted.get(size / 2)) / 2;
	}

	private static String millis(double value) {
		return String.format(Locale.ROOT, (value < 10) ? "%.2f" : (value < 100) ? "%.1f" : "%,.0f", value);
	}

	private static String outcome(List<Measurement> measurements) {
		Optional<Measurement> succeeded = measurements.stream().filter((measurement) -> !measurement.failed()).findFirst();
		return succeeded.orElse(measurements.get(0)).outcome().replace("|", "/");
	}

}
