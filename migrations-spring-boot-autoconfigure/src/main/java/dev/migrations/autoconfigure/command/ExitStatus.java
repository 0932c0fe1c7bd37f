package dev.migrations.autoconfigure.command;

/**
 * How a command-mode process ends, as its exit code.
 */
enum ExitStatus {

	/** The command did what it was asked. */
	SUCCESS(0),

	/** {@code check} found something to act on: pending revisions (later: schema drift). */
	CHECK_FAILED(1),

	/** The command, or the application before it, failed; the message is on standard error. */
	ERROR(2);

	private final int code;

	ExitStatus(int code) {
		this.code = code;
	}

	int code() {
		return this.code;
	}

}
