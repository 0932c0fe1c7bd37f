package dev.migrations.autoconfigure.command;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.annotation.Order;

import dev.migrations.autoconfigure.MigrationsAutoConfiguration;
import dev.migrations.autoconfigure.MigrationsProperties;
import dev.migrations.core.command.MigrationCommands;
import dev.migrations.core.runtime.Migrator;

/**
 * Command mode: when a {@code migrate.*} property is given ({@code mvn spring-boot:run -Dmigrate.current},
 * {@code java -jar app.jar --migrate.upgrade=head}), runs that command once the application has started, prints its
 * result and exits. Registered whether or not migrations are set up, so that a command given to an application
 * without them fails with a message rather than doing nothing.
 */
@AutoConfiguration(after = MigrationsAutoConfiguration.class)
@Conditional(OnMigrateCommandCondition.class)
public final class MigrationsCommandAutoConfiguration {

	@Bean
	MigrateCommandRunner migrateCommandRunner(ConfigurableApplicationContext context,
			ObjectProvider<MigrationCommands> commands, ObjectProvider<MigrationCheck> checks,
			ObjectProvider<RevisionGenerator> generator) {
		return new MigrateCommandRunner(context, new CommandExecutor(commands, checks, generator));
	}

	@Bean
	@Order(0)
	@ConditionalOnBean(Migrator.class)
	PendingRevisionsCheck pendingRevisionsCheck(Migrator migrator, MigrationsProperties properties) {
		return new PendingRevisionsCheck(migrator, properties.getTarget());
	}

}
