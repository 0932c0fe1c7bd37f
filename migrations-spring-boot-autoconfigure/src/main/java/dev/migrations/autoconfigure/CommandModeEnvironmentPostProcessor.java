package dev.migrations.autoconfigure;

import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Puts the application in command mode when a {@code migrate.*} property is present: no web server, no schema
 * work by JPA or {@code spring.sql.init} (the command decides what happens to the database), no banner, and logs
 * at WARN except this library's own progress lines, so the output is the command's result.
 */
class CommandModeEnvironmentPostProcessor implements EnvironmentPostProcessor, Ordered {

	static final String PROPERTY_SOURCE = "migrationsCommandMode";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (!MigrateCommand.isPresent(environment)) {
			return;
		}
		environment.getPropertySources()
			.addFirst(new MapPropertySource(PROPERTY_SOURCE,
					Map.of("spring.main.web-application-type", "none", "spring.main.banner-mode", "off",
							"spring.jpa.hibernate.ddl-auto", "none", "spring.sql.init.mode", "never",
							"logging.level.root", "warn", "logging.level.dev.migrations", "info")));
	}

	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

}
