package dev.migrations.bench;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

import dev.migrations.testsupport.DatabaseServer;

/**
 * Runs a {@link Worker} in a new JVM with the bench's class path plus the compiled workload, pointed at the bench's
 * PostgreSQL server, and returns the lines it prints; everything else it prints goes to a log file.
 */
final class ChildJvm {

	private final Workload workload;

	private final Path log;

	ChildJvm(Workload workload, Path log) {
		this.workload = workload;
		this.log = log;
	}

	/** Runs the worker with these arguments after the mode, scenario and workload; fails if it fails. */
	List<String> run(String mode, Scenario scenario, List<String> arguments) {
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-cp", System.getProperty("java.class.path") + File.pathSeparator + this.workload.classes(),
				"-Dmigrations.test.database-url=" + DatabaseServer.adminJdbcUrl(),
				"-Dmigrations.test.database-user=" + DatabaseServer.username(),
				"-Dmigrations.test.database-password=" + DatabaseServer.password(),
				"-D" + ApplicationProcess.APPS_PROPERTY + "=" + ApplicationProcess.appsDirectory(),
				"-Dliquibase.analytics.enabled=false", "-Dliquibase.showBanner=false", "-Dliquibase.logLevel=WARNING", Worker.class.getName(), mode,
				scenario.name()));
		command.addAll(this.workload.toArguments());
		command.addAll(arguments);
		try {
			Files.writeString(this.log, String.join(" ", command.subList(3, command.size())) + "\n",
					StandardOpenOption.CREATE, StandardOpenOption.APPEND);
			Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.appendTo(this.log.toFile()))
				.start();
			List<String> results = new ArrayList<>();
			List<String> other = new ArrayList<>();
			try (BufferedReader output = new BufferedReader(
					new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
				output.lines().forEach((line) -> (isResult(line) ? results : other).add(line));
			}
			int exit = process.waitFor();
			Files.write(this.log, other, StandardOpenOption.APPEND);
			if (exit != 0) {
				throw new IllegalStateException("The worker (" + mode + " " + scenario + ") exited with " + exit
						+ ": see " + this.log);
			}
			return results;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while waiting for a worker", ex);
		}
	}

	private static boolean isResult(String line) {
		return Measurement.isLine(line) || line.startsWith(Worker.TEMPLATE_PREFIX);
	}

}
