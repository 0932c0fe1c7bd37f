package dev.migrations.autoconfigure.command;

import java.util.List;

/**
 * What the {@code generate} command runs: writes a revision from the differences between the application's mapping
 * and the database, and returns what to print. Provided when the application maps its schema with JPA.
 */
@FunctionalInterface
public interface RevisionGenerator {

	/** Writes the revision (or nothing, when there is no difference) and returns the lines to print. */
	List<String> generate(String message);

}
