package dev.migrations.autoconfigure.reliability;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import dev.migrations.autoconfigure.reliability.app.ReliabilityApplication;
import dev.migrations.testsupport.TestDatabase;

/**
 * {@link ReliabilityApplication} in a JVM of its own, launched as a user launches an application (the test JVM's
 * {@code java} and class path, the settings as {@code --name=value} arguments), its console output in a file. The
 * connections it opens carry its name as {@code application_name}. Closing it kills the process if it still runs.
 */
final class ApplicationProcess implements AutoCloseable {

	private final String name;

	private final Process process;

	private final Path output;

	private ApplicationProcess(String name, Process process, Path output) {
		this.name = name;
		this.process = process;
		this.output = output;
	}

	/**
	 * Starts the application on a database.
	 * @param name the process's name, its connections' {@code application_name}
	 * @param directory where its output goes, as {@code <name>.log}
	 * @param database the database it migrates
	 * @param classPath directories to add to the class path, such as revisions compiled by the test
	 * @param properties more settings, {@code name=value}, such as {@code migrations.packages=...}
	 */
	static ApplicationProcess start(String name, Path directory, TestDatabase database, List<Path> classPath,
			String... properties) {
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				// a short-lived JVM: quick compilation and a small heap start faster on a busy machine
				"-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx256m", "-cp", classPath(classPath),
				ReliabilityApplication.class.getName(), "--spring.datasource.url=" + database.jdbcUrl(),
				"--spring.datasource.username=" + database.username(),
				"--spring.datasource.password=" + database.password(),
				"--spring.datasource.hikari.maximum-pool-size=2",
				"--spring.datasource.hikari.data-source-properties.ApplicationName=" + name));
		for (String property : properties) {
			command.add("--" + property);
		}
		Path output = directory.resolve(name + ".log");
		try {
			Process process = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(output.toFile())
				.start();
			return new ApplicationProcess(name, process, output);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("could not start " + name, ex);
		}
	}

	private static String classPath(List<Path> extra) {
		List<String> entries = new ArrayList<>(List.of(System.getProperty("java.class.path")));
		extra.forEach((path) -> entries.add(path.toString()));
		return String.join(File.pathSeparator, entries);
	}

	/** The name given at start, also the {@code application_name} of its connections. */
	String name() {
		return this.name;
	}

	/** Whether the process still runs. */
	boolean isRunning() {
		return this.process.isAlive();
	}

	/**
	 * Waits for the process to end by itself and returns its exit code.
	 * @throws AssertionError when it still runs after {@code seconds}; it is killed then
	 */
	int awaitExit(long seconds) throws InterruptedException {
		if (!this.process.waitFor(seconds, TimeUnit.SECONDS)) {
			kill();
			throw new AssertionError(this.name + " still ran after " + seconds + " s; its output:\n" + output());
		}
		return this.process.exitValue();
	}

	/** Kills the process with SIGKILL, as the OOM killer or {@code kill -9} would, and waits until it is gone. */
	void kill() throws InterruptedException {
		this.process.destroyForcibly();
		this.process.waitFor(30, TimeUnit.SECONDS);
	}

	/** What the process has written to its console so far. */
	String output() {
		try {
			return Files.readString(this.output);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void close() throws InterruptedException {
		if (this.process.isAlive()) {
			kill();
		}
	}

}
