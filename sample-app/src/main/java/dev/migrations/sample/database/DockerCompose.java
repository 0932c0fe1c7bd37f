package dev.migrations.sample.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.springframework.core.env.Environment;
import org.springframework.util.ClassUtils;

/**
 * Whether Spring Boot's Docker Compose support can give the sample its database: the support is on the class path
 * (it is with {@code mvn spring-boot:run}, not in the packaged jar) and not switched off, the compose file is found,
 * and a Docker engine answers.
 */
final class DockerCompose {

	static final String FILE_NAME = "docker-compose.dev.yml";

	private static final String SUPPORT_CLASS =
			"org.springframework.boot.docker.compose.lifecycle.DockerComposeListener";

	private static final long ENGINE_TIMEOUT_SECONDS = 10;

	private DockerCompose() {
	}

	/**
	 * The compose file to start when all of the above hold: {@code spring.docker.compose.file} if set, else
	 * {@value #FILE_NAME} in the working directory or its parent (the repository root under
	 * {@code mvn spring-boot:run}, which runs in {@code sample-app}).
	 */
	static Optional<Path> usableFile(Environment environment, ClassLoader classLoader) {
		if (!ClassUtils.isPresent(SUPPORT_CLASS, classLoader)
				|| !environment.getProperty("spring.docker.compose.enabled", Boolean.class, true)) {
			return Optional.empty();
		}
		Optional<Path> file = Optional.ofNullable(environment.getProperty("spring.docker.compose.file"))
			.map(Path::of)
			.or(DockerCompose::findDevelopmentFile);
		return file.filter((path) -> engineAnswers());
	}

	private static Optional<Path> findDevelopmentFile() {
		Path workingDirectory = Path.of("").toAbsolutePath();
		return Stream.of(workingDirectory, workingDirectory.getParent())
			.filter((directory) -> directory != null)
			.map((directory) -> directory.resolve(FILE_NAME))
			.filter(Files::isRegularFile)
			.findFirst();
	}

	/** Whether {@code docker version} reaches an engine: without the CLI or an engine, it fails. */
	private static boolean engineAnswers() {
		try {
			Process docker = new ProcessBuilder("docker", "version", "--format", "{{.Server.Version}}")
				.redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.DISCARD)
				.start();
			if (!docker.waitFor(ENGINE_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
				docker.destroyForcibly();
				return false;
			}
			return docker.exitValue() == 0;
		}
		catch (IOException ex) {
			return false;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

}
