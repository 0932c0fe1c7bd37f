package dev.migrations.core.schema;

import java.util.List;

/** Checks shared by the model's records. */
final class Names {

	private Names() {
	}

	static List<String> requireNonEmpty(List<String> names, String message) {
		List<String> copy = List.copyOf(names);
		if (copy.isEmpty()) {
			throw new IllegalArgumentException(message);
		}
		return copy;
	}

}
