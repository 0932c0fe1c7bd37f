package dev.migrations.autoconfigure.command;

import java.io.PrintStream;

/**
 * Standard output in command mode: it carries the command's result and nothing else, so that
 * {@code -Dmigrate.sql > upgrade.sql} is a script and {@code -Dmigrate.current} can be read by another program.
 * Reserving it points {@code System.out} at standard error, where log lines and anything else the application
 * prints then go, as Alembic's log lines do.
 */
final class CommandOutput {

	private static PrintStream result;

	private CommandOutput() {
	}

	/** Keeps the process's standard output for the result and sends everything else printed to standard error. */
	static synchronized void reserve() {
		if (result == null) {
			result = System.out;
			System.setOut(System.err);
		}
	}

	/** Where the command prints its result: the standard output that {@link #reserve()} kept. */
	static synchronized PrintStream stream() {
		return (result != null) ? result : System.out;
	}

}
