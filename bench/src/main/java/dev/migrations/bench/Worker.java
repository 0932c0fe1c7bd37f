package dev.migrations.bench;

import java.util.Arrays;
import java.util.List;

import dev.migrations.testsupport.DatabaseServer;
import dev.migrations.testsupport.TestDatabase;

/**
 * The forked JVM that does the measuring, so that each cold run is the first call in a new JVM and no tool warms up
 * another. It reaches the server the bench started through the {@code migrations.test.database-*} system properties
 * and prints one line per result on its standard output. Arguments: the mode, the scenario, the workload (three
 * values), then
 * <ul>
 * <li>{@code prepare <contender>}: fills a new database as the contender's runs need it and prints its name;</li>
 * <li>{@code cold <contender> <run> <template or ->}: one timed call;</li>
 * <li>{@code warm <runs> <warmups> <template or -> ...}: the warm-up calls, then the timed runs, each run calling every
 * contender once, side by side, with one template per contender.</li>
 * </ul>
 */
public final class Worker {

	static final String TEMPLATE_PREFIX = "TEMPLATE\t";

	private Worker() {
	}

	public static void main(String[] arguments) throws Exception {
		String mode = arguments[0];
		Scenario scenario = Scenario.valueOf(arguments[1]);
		Workload workload = Workload.fromArguments(Arrays.asList(arguments).subList(2, 5));
		List<String> rest = Arrays.asList(arguments).subList(5, arguments.length);
		if (mode.equals("prepare")) {
			prepare(scenario, Integer.parseInt(rest.get(0)), workload);
		}
		else if (mode.equals("cold")) {
			System.out.println(TimedRun.measure(scenario, Integer.parseInt(rest.get(0)), template(rest.get(2)),
					workload, true, Integer.parseInt(rest.get(1))).toLine());
		}
		else {
			warm(scenario, Integer.parseInt(rest.get(0)), Integer.parseInt(rest.get(1)), rest.subList(2, rest.size()),
					workload);
		}
		System.exit(0); // a tool may have left a non-daemon thread behind
	}

	private static void prepare(Scenario scenario, int contender, Workload workload) throws Exception {
		TestDatabase database = DatabaseServer.createDatabase();
		scenario.preparation(contender).orElseThrow().run(database.dataSource(), workload);
		System.out.println(TEMPLATE_PREFIX + database.name());
	}

	private static void warm(Scenario scenario, int runs, int warmups, List<String> templates, Workload workload) {
		for (int run = -warmups; run < runs; run++) {
			for (int contender = 0; contender < templates.size(); contender++) {
				Measurement measurement = TimedRun.measure(scenario, contender, template(templates.get(contender)),
						workload, false, run);
				if (run >= 0) {
					System.out.println(measurement.toLine());
				}
			}
		}
	}

	private static String template(String argument) {
		return argument.equals("-") ? null : argument;
	}

}
