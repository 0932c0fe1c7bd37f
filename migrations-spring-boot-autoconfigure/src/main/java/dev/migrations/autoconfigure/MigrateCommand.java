package dev.migrations.autoconfigure;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.core.env.Environment;

/**
 * The command a {@code migrate.*} property asks for ({@code -Dmigrate.current}, {@code --migrate.downgrade=-1}):
 * when one is present the application runs in command mode, runs that command and exits. A property left as an
 * unresolved Maven expression ({@code ${migrate.current}}) or empty counts as absent when it has no value to give;
 * {@code true} (what Maven sets for a bare {@code -Dmigrate.current}) and an empty value mean "no argument".
 *
 * @param name the command name, such as {@code downgrade}
 * @param argument the argument, or {@code null} when none was given
 */
public record MigrateCommand(String name, String argument) {

	/** The commands command mode knows, in the order the help text lists them. */
	public static final List<String> NAMES = List.of("current", "heads", "branches", "history", "show", "upgrade",
			"downgrade", "stamp", "revision", "merge", "generate", "check", "sql");

	static final String PREFIX = "migrate.";

	/** The command the environment asks for, or {@code null} when none; refuses two at once. */
	public static MigrateCommand from(Environment environment) {
		List<MigrateCommand> found = new ArrayList<>();
		for (String name : NAMES) {
			String value = environment.getProperty(PREFIX + name);
			if (value == null || value.startsWith("${")) {
				continue;
			}
			String argument = (value.isBlank() || value.toLowerCase(Locale.ROOT).equals("true")) ? null : value;
			found.add(new MigrateCommand(name, argument));
		}
		if (found.size() > 1) {
			throw new IllegalArgumentException("Several migrate commands were given ("
					+ String.join(", ", found.stream().map((command) -> PREFIX + command.name()).toList())
					+ "): give one at a time");
		}
		return found.isEmpty() ? null : found.get(0);
	}

	/** Whether the environment asks for a command. */
	static boolean isPresent(Environment environment) {
		return NAMES.stream().anyMatch((name) -> {
			String value = environment.getProperty(PREFIX + name);
			return value != null && !value.startsWith("${");
		});
	}

}
