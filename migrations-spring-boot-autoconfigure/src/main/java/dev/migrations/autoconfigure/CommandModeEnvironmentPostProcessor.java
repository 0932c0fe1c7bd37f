package dev.migrations.autoconfigure;

import static java.util.Map.entry;

import java.util.HashMap;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Puts the application in command mode when a {@code migrate.*} property is present: no web server, no schema
 * work by JPA or {@code spring.sql.init} (the command decides what happens to the database), no banner and no
 * startup info, and logs at WARN except this library's own progress lines, one short line each as Alembic prints
 * them. A failure is reported once, by the command (the application context's own warning about it is left out).
 * <p>
 * Only the command touches the database: beans are created lazily, so the application's own beans that the
 * command does not use are not created, and Hibernate, whose {@code EntityManagerFactory} is created early all the
 * same, is told the PostgreSQL dialect instead of connecting to read it (and not to warn that it could have read
 * it). So {@code sql}, {@code revision} and {@code merge} run without a database, and an unreachable database is
 * reported by the command that needs it.
 * <p>
 * {@code sql} logs nothing to the console: {@code mvn spring-boot:run} merges the application's standard error into
 * its standard output, and the script must stay a script there too.
 */
class CommandModeEnvironmentPostProcessor implements EnvironmentPostProcessor, Ordered {

	static final String PROPERTY_SOURCE = "migrationsCommandMode";

	private static final Map<String, Object> COMMAND_MODE = Map.ofEntries(
			entry("spring.main.web-application-type", "none"), entry("spring.main.banner-mode", "off"),
			entry("spring.main.log-startup-info", "false"), entry("spring.main.lazy-initialization", "true"),
			entry("spring.jpa.hibernate.ddl-auto", "none"), entry("spring.sql.init.mode", "never"),
			entry("spring.jpa.database-platform", "org.hibernate.dialect.PostgreSQLDialect"),
			entry("spring.jpa.properties.hibernate.boot.allow_jdbc_metadata_access", "false"),
			entry("logging.level.org.hibernate.orm.deprecation", "error"),
			entry("logging.level.org.springframework.context", "error"),
			entry("logging.level.root", "warn"), entry("logging.level.dev.migrations", "info"),
			entry("logging.pattern.console", "%-5level [%logger{0}] %msg%n"));

	private static final Map<String, Object> SCRIPT_ONLY = Map.of("logging.threshold.console", "off");

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (MigrateCommand.isPresent(environment)) {
			Map<String, Object> properties = new HashMap<>(COMMAND_MODE);
			if (MigrateCommand.gives(environment, "sql")) {
				properties.putAll(SCRIPT_ONLY);
			}
			environment.getPropertySources().addFirst(new MapPropertySource(PROPERTY_SOURCE, properties));
		}
	}

	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

}
