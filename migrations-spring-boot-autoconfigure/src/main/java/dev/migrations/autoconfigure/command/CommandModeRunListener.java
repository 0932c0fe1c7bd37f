package dev.migrations.autoconfigure.command;

import org.springframework.boot.SpringApplicationRunListener;
import org.springframework.boot.bootstrap.ConfigurableBootstrapContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;

import dev.migrations.autoconfigure.MigrateCommand;

/**
 * The process side of command mode. Once the environment holds a {@code migrate.*} property, standard output is
 * {@linkplain CommandOutput reserved} for the command's result; and a failure, whether the application fails to
 * start (a broken revision graph, a DataSource without a URL) or the command fails, ends the process with exit code
 * 2 and the failure's message on standard error, with the stack trace only when {@code debug} is set
 * ({@code --debug}).
 * <p>
 * Runs after Spring Boot's own listener, so that it sees the environment with the application's configuration and
 * its logging set up.
 */
class CommandModeRunListener implements SpringApplicationRunListener, Ordered {

	private ConfigurableEnvironment commandEnvironment;

	@Override
	public void environmentPrepared(ConfigurableBootstrapContext bootstrapContext,
			ConfigurableEnvironment environment) {
		if (MigrateCommand.isPresent(environment)) {
			this.commandEnvironment = environment;
			CommandOutput.reserve();
		}
	}

	@Override
	public void failed(ConfigurableApplicationContext context, Throwable exception) {
		if (this.commandEnvironment == null) {
			return;
		}
		System.err.println("FAILED: " + FailureMessage.of(exception, context));
		if (isDebug()) {
			exception.printStackTrace(System.err);
		}
		System.err.flush();
		System.exit(ExitStatus.ERROR.code());
	}

	private boolean isDebug() {
		String debug = this.commandEnvironment.getProperty("debug");
		return debug != null && !debug.equalsIgnoreCase("false");
	}

	@Override
	public int getOrder() {
		return 1;
	}

}
