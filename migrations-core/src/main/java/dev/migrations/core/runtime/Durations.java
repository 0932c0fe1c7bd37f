package dev.migrations.core.runtime;

import java.time.Duration;

/** Durations as a person reads them in a message: {@code 10 min}, {@code 30 s}, {@code 250 ms}. */
final class Durations {

	private Durations() {
	}

	static String describe(Duration duration) {
		long millis = duration.toMillis();
		if (millis > 0 && millis % 60_000 == 0) {
			return (millis / 60_000) + " min";
		}
		return (millis % 1000 == 0) ? (millis / 1000) + " s" : millis + " ms";
	}

}
