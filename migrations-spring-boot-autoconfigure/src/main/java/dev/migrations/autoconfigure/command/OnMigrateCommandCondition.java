package dev.migrations.autoconfigure.command;

import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.type.AnnotatedTypeMetadata;

import dev.migrations.autoconfigure.MigrateCommand;

/**
 * Matches when the environment holds a {@code migrate.*} property: the application runs in command mode.
 */
class OnMigrateCommandCondition extends SpringBootCondition {

	@Override
	public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
		return MigrateCommand.isPresent((ConfigurableEnvironment) context.getEnvironment())
				? ConditionOutcome.match("a migrate.* property asks for a command")
				: ConditionOutcome.noMatch("no migrate.* property");
	}

}
