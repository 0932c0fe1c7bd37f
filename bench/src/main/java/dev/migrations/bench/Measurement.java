package dev.migrations.bench;

/**
 * One timed run of one contender, as a forked JVM reports it on a line of its output.
 *
 * @param scenario the scenario
 * @param contender the contender's position in the scenario (0 is ours)
 * @param name the contender's name with its version
 * @param cold whether it was the first call in a new JVM
 * @param run the run's number, counted from 0 after the warm-up; runs with the same number ran side by side
 * @param nanos how long the call took, or -1 when it failed
 * @param roundTrips the SQL round trips it made
 * @param connections the connections it opened
 * @param outcome what came of it, or why it failed
 */
record Measurement(Scenario scenario, int contender, String name, boolean cold, int run, long nanos, long roundTrips,
		long connections, String outcome) {

	private static final String PREFIX = "MEASUREMENT\t";

	boolean failed() {
		return this.nanos < 0;
	}

	double millis() {
		return this.nanos / 1_000_000.0;
	}

	String toLine() {
		return PREFIX + String.join("\t", this.scenario.name(), Integer.toString(this.contender), this.name,
				Boolean.toString(this.cold), Integer.toString(this.run), Long.toString(this.nanos),
				Long.toString(this.roundTrips), Long.toString(this.connections),
				this.outcome.replaceAll("\\s+", " "));
	}

	static boolean isLine(String line) {
		return line.startsWith(PREFIX);
	}

	static Measurement parse(String line) {
		String[] fields = line.substring(PREFIX.length()).split("\t", -1);
		return new Measurement(Scenario.valueOf(fields[0]), Integer.parseInt(fields[1]), fields[2],
				Boolean.parseBoolean(fields[3]), Integer.parseInt(fields[4]), Long.parseLong(fields[5]),
				Long.parseLong(fields[6]), Long.parseLong(fields[7]), fields[8]);
	}

}
