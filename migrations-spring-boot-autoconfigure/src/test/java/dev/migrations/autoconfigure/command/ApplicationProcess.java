package dev.migrations.autoconfigure.command;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import dev.migrations.autoconfigure.command.app.CommandTestApplication;
import dev.migrations.testsupport.TestDatabase;

/**
 * Starts {@link CommandTestApplication} in a JVM of its own, the way a user runs an application
 * ({@code java -Dmigrate.current -cp ... Main}), and collects its exit code, standard output and standard error.
 * The process does not inherit the {@code MIGRATE_*} and {@code MAVEN_*} variables of the build that runs the tests.
 */
final class ApplicationProcess {

	private static final Path JAVA = Path.of(System.getProperty("java.home"), "bin", "java");

	private final List<String> systemProperties = new ArrayList<>();

	private final List<String> arguments = new ArrayList<>();

	private final Map<String, String> environment = new LinkedHashMap<>();

	private Path directory = Path.of(".");

	private ApplicationProcess(TestDatabase database) {
		property("spring.datasource.url=" + database.jdbcUrl());
		property("spring.datasource.username=" + database.username());
		property("spring.datasource.password=" + database.password());
	}

	/** The application, configured to use a database. */
	static ApplicationProcess on(TestDatabase database) {
		return new ApplicationProcess(database);
	}

	/** Adds {@code -D<property>}, such as {@code migrate.current} or {@code migrate.downgrade=-1}. */
	ApplicationProcess property(String property) {
		this.systemProperties.add("-D" + property);
		return this;
	}

	/** Adds a program argument, such as {@code --migrate.current}. */
	ApplicationProcess argument(String argument) {
		this.arguments.add(argument);
		return this;
	}

	/** Sets an environment variable, such as {@code MIGRATE_CURRENT}. */
	ApplicationProcess environment(String name, String value) {
		this.environment.put(name, value);
		return this;
	}

	/** Runs the application in a working directory. */
	ApplicationProcess in(Path directory) {
		this.directory = directory;
		return this;
	}

	/** Runs the application to its end. */
	Result run() throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(List.of(JAVA.toString(), "-XX:TieredStopAtLevel=1", "-Xshare:auto"));
		command.addAll(this.systemProperties);
		command.addAll(List.of("-cp", System.getProperty("java.class.path"), CommandTestApplication.class.getName()));
		command.addAll(this.arguments);
		Path stdout = Files.createTempFile("command-stdout", ".txt");
		Path stderr = Files.createTempFile("command-stderr", ".txt");
		try {
			ProcessBuilder builder = new ProcessBuilder(command).directory(this.directory.toFile())
				.redirectOutput(stdout.toFile())
				.redirectError(stderr.toFile());
			builder.environment().keySet().removeIf((name) -> name.startsWith("MIGRATE_") || name.startsWith("MAVEN_"));
			builder.environment().putAll(this.environment);
			Process process = builder.start();
			if (!process.waitFor(60, TimeUnit.SECONDS)) {
				process.destroyForcibly();
				throw new IllegalStateException("The application did not end within 60 s: " + Files.readString(stderr));
			}
			return new Result(process.exitValue(), Files.readString(stdout), Files.readString(stderr));
		}
		finally {
			Files.delete(stdout);
			Files.delete(stderr);
		}
	}

	/**
	 * How the application ended.
	 *
	 * @param exitCode the process's exit code
	 * @param stdout what it printed on standard output
	 * @param stderr what it printed on standard error
	 */
	record Result(int exitCode, String stdout, String stderr) {

	}

}
