package dev.migrations.autoconfigure.command;

/**
 * A count with its noun, as people write it: {@code 1 revision}, {@code 3 revisions}.
 */
final class Counted {

	private Counted() {
	}

	static String of(int count, String noun) {
		return count + " " + noun + ((count == 1) ? "" : "s");
	}

}
