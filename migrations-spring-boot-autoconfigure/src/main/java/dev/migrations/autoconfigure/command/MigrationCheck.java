package dev.migrations.autoconfigure.command;

import java.util.List;

/**
 * One thing the {@code check} command looks for, such as revisions not applied yet. {@code check} runs every bean
 * of this type, in order, prints their lines and exits with 1 when any of them failed: a build or a deployment
 * pipeline runs it to stop when the database and the code disagree.
 */
@FunctionalInterface
public interface MigrationCheck {

	/** Looks at the database without changing it. */
	Result check();

	/**
	 * What a check found.
	 *
	 * @param passed whether there is nothing to act on
	 * @param lines what to print: one line saying all is well, or what was found
	 */
	record Result(boolean passed, List<String> lines) {

		public Result {
			lines = List.copyOf(lines);
		}

	}

}
