package dev.migrations.sample.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * A second application using a data directory, in a JVM of its own: it starts the embedded server there, prints
 * {@code URL <jdbc url>} and runs until its standard input closes.
 */
final class AnotherApplication {

	private static final String URL_LINE = "URL ";

	private final Process process;

	private final String jdbcUrl;

	private AnotherApplication(Process process, String jdbcUrl) {
		this.process = process;
		this.jdbcUrl = jdbcUrl;
	}

	public static void main(String[] args) throws IOException {
		System.out.println(URL_LINE + EmbeddedPostgresServer.startOnce(Path.of(args[0])));
		System.in.transferTo(java.io.OutputStream.nullOutputStream());
	}

	/** Starts the application on the data directory and waits until its server runs. */
	static AnotherApplication start(Path dataDirectory, Path log) throws IOException, InterruptedException {
		Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
				System.getProperty("java.class.path"), AnotherApplication.class.getName(), dataDirectory.toString())
			.redirectErrorStream(true)
			.redirectOutput(log.toFile())
			.start();
		long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
		while (System.nanoTime() < deadline && process.isAlive()) {
			Optional<String> url = Files.readAllLines(log).stream().filter((line) -> line.startsWith(URL_LINE))
				.map((line) -> line.substring(URL_LINE.length()))
				.findFirst();
			if (url.isPresent()) {
				return new AnotherApplication(process, url.get());
			}
			Thread.sleep(100);
		}
		process.destroyForcibly();
		throw new IllegalStateException("The other application did not start its server; its output:\n"
				+ Files.readString(log));
	}

	String jdbcUrl() {
		return this.jdbcUrl;
	}

	/** Ends the application as a person would (its JVM shuts down normally) and waits until it has. */
	void stop() throws IOException, InterruptedException {
		this.process.getOutputStream().close();
		this.process.waitFor();
	}

	/** Kills the application ({@code kill -9}): nothing in it runs to stop its server. */
	void kill() throws InterruptedException {
		this.process.destroyForcibly().waitFor();
	}

}
