package dev.migrations.autoconfigure.command;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;

import dev.migrations.autoconfigure.MigrateCommand;

/**
 * Runs the {@code migrate.*} command once the application has started, before any other runner, then ends the
 * process: exit code 0, or 1 when {@code check} found something. A command that throws ends it with 2 through
 * {@link CommandModeRunListener}, as a failure while starting does.
 */
class MigrateCommandRunner implements ApplicationRunner, Ordered {

	private final ConfigurableApplicationContext context;

	private final CommandExecutor executor;

	MigrateCommandRunner(ConfigurableApplicationContext context, CommandExecutor executor) {
		this.context = context;
		this.executor = executor;
	}

	@Override
	public void run(ApplicationArguments arguments) {
		MigrateCommand command = MigrateCommand.from(this.context.getEnvironment());
		ExitStatus status = this.executor.execute(command, CommandOutput.stream());
		CommandOutput.stream().flush();
		System.exit(SpringApplication.exit(this.context, status::code));
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE;
	}

}
