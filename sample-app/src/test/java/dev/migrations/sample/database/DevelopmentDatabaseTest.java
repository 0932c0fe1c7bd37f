package dev.migrations.sample.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

@ExtendWith(OutputCaptureExtension.class)
class DevelopmentDatabaseTest {

	@Test
	void aConfiguredUrlIsUsedAndDockerComposeIsSwitchedOff(CapturedOutput output) {
		ConfigurableEnvironment environment = initialize(
				Map.of("spring.datasource.url", "jdbc:postgresql://db.example.com:5432/app"));

		assertThat(environment.getProperty("spring.datasource.url"))
			.isEqualTo("jdbc:postgresql://db.example.com:5432/app");
		assertThat(environment.getProperty("spring.docker.compose.enabled")).isEqualTo("false");
		assertThat(output).contains("Database: jdbc:postgresql://db.example.com:5432/app (spring.datasource.url)");
	}

	@Test
	void withoutUrlOrDockerComposeTheEmbeddedServerStartsInTheDataDirectory(CapturedOutput output)
			throws SQLException {
		// Under target/, not a @TempDir: the server runs until the JVM exits.
		Path dataDirectory = Path.of("target", "development-database-test", UUID.randomUUID().toString())
			.toAbsolutePath();
		ConfigurableEnvironment environment = initialize(Map.of("spring.docker.compose.enabled", "false",
				DevelopmentDatabase.DATA_DIRECTORY_PROPERTY, dataDirectory.toString()));

		String url = environment.getProperty("spring.datasource.url");
		assertThat(url).matches("jdbc:postgresql://localhost:\\d+/postgres");
		try (Connection connection = DriverManager.getConnection(url,
				environment.getProperty("spring.datasource.username"),
				environment.getProperty("spring.datasource.password"))) {
			assertThat(connection.isValid(1)).isTrue();
		}
		assertThat(dataDirectory.resolve("PG_VERSION")).exists();
		assertThat(output).contains("Database: embedded PostgreSQL at " + url + ", data in " + dataDirectory
				+ " (no spring.datasource.url, Docker Compose not available);"
				+ " delete that folder to start from an empty database");
	}

	private static ConfigurableEnvironment initialize(Map<String, Object> properties) {
		GenericApplicationContext context = new GenericApplicationContext();
		context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("test", properties));
		new DevelopmentDatabase().initialize(context);
		return context.getEnvironment();
	}

}
