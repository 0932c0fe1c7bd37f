package dev.migrations.autoconfigure;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/**
 * The command a {@code migrate.*} property asks for ({@code --migrate.current}, {@code -Dmigrate.downgrade=-1},
 * {@code MIGRATE_UPGRADE=head}): when one is present the application runs in command mode, runs that command and
 * exits.
 * <p>
 * {@code true} (what Maven sets for a bare {@code -Dmigrate.current}) and an empty value mean "no argument", except
 * that an empty environment variable is no command at all: that is how the pom snippet hands Maven's
 * {@code -Dmigrate.*} to the application, setting {@code MIGRATE_CURRENT} and the others to nothing when they were
 * not given. A {@code -Dmigrate.*} given to Maven that the snippet does not pass on (a misspelt command) is refused
 * rather than ignored: see {@code MavenCommandLine}.
 *
 * @param name the command name, such as {@code downgrade}
 * @param argument the argument, or {@code null} when none was given
 * @param purge whether {@code migrate.purge} was given (an option of {@code stamp})
 */
public record MigrateCommand(String name, String argument, boolean purge) {

	/** The commands command mode knows, in the order the help text lists them. */
	public static final List<String> NAMES = List.of("current", "heads", "branches", "history", "show", "upgrade",
			"downgrade", "stamp", "revision", "merge", "generate", "check", "sql");

	static final String PREFIX = "migrate.";

	private static final String PURGE = "purge";

	/**
	 * The command the environment asks for, or {@code null} when no {@code migrate.*} property is given.
	 * @throws IllegalArgumentException when several commands are given, an unknown one, one given to Maven that did
	 * not reach the application, or {@code migrate.purge} without {@code migrate.stamp}; the message says which
	 */
	public static MigrateCommand from(ConfigurableEnvironment environment) {
		Map<String, String> given = given(environment);
		Set<String> requested = requested(environment, given);
		if (requested.isEmpty()) {
			return null;
		}
		refuseUnknown(requested);
		refuseUndelivered(requested, given.keySet());
		String name = onlyCommand(given.keySet());
		boolean purge = given.containsKey(PURGE) && !given.get(PURGE).equalsIgnoreCase("false");
		if (purge && !name.equals("stamp")) {
			throw new IllegalArgumentException(PREFIX + PURGE + " is an option of " + PREFIX + "stamp, not of "
					+ PREFIX + name);
		}
		return new MigrateCommand(name, argument(given.get(name)), purge);
	}

	/**
	 * Whether the environment gives any {@code migrate.*} property, or Maven was given one that did not reach it: the
	 * application then runs in command mode.
	 */
	public static boolean isPresent(ConfigurableEnvironment environment) {
		return !requested(environment, given(environment)).isEmpty();
	}

	/** Whether the environment gives {@code migrate.<name>}, whatever else it gives. */
	static boolean gives(ConfigurableEnvironment environment, String name) {
		return given(environment).containsKey(name);
	}

	private static Map<String, String> given(ConfigurableEnvironment environment) {
		List<PropertySource<?>> sources = environment.getPropertySources()
			.stream()
			.filter((source) -> !ConfigurationPropertySources.isAttachedConfigurationPropertySource(source))
			.toList();
		Set<String> names = new LinkedHashSet<>(NAMES);
		names.add(PURGE);
		for (PropertySource<?> source : sources) {
			if (source instanceof EnumerablePropertySource<?> enumerable) {
				for (String property : enumerable.getPropertyNames()) {
					if (property.startsWith(PREFIX)) {
						names.add(property.substring(PREFIX.length()));
					}
				}
			}
		}
		Map<String, String> given = new LinkedHashMap<>();
		for (String name : names) {
			PropertySource<?> source = sources.stream()
				.filter((candidate) -> candidate.containsProperty(PREFIX + name))
				.findFirst()
				.orElse(null);
			// as given: a revision message may hold ${...}, which is text, not a placeholder to resolve
			Object value = (source != null) ? source.getProperty(PREFIX + name) : null;
			if (value != null && !(value.toString().isEmpty() && source instanceof SystemEnvironmentPropertySource)) {
				given.put(name, value.toString());
			}
		}
		return given;
	}

	private static Set<String> requested(ConfigurableEnvironment environment, Map<String, String> given) {
		Set<String> requested = new LinkedHashSet<>(given.keySet());
		requested.addAll(MavenCommandLine.migrateNames(environment));
		return requested;
	}

	private static void refuseUnknown(Set<String> requested) {
		List<String> unknown = new ArrayList<>(requested);
		unknown.removeAll(NAMES);
		unknown.remove(PURGE);
		if (!unknown.isEmpty()) {
			throw new IllegalArgumentException("Unknown command " + prefixed(unknown) + ". " + usage());
		}
	}

	private static void refuseUndelivered(Set<String> requested, Set<String> given) {
		List<String> undelivered = new ArrayList<>(requested);
		undelivered.removeAll(given);
		if (!undelivered.isEmpty()) {
			throw new IllegalArgumentException(prefixed(undelivered) + " was given to Maven but did not reach the"
					+ " application: the spring-boot-maven-plugin in the pom needs the <environmentVariables> that"
					+ " pass the commands on (docs/commands.md, Running commands)");
		}
	}

	private static String onlyCommand(Set<String> given) {
		List<String> commands = new ArrayList<>(given);
		commands.retainAll(NAMES);
		if (commands.size() != 1) {
			throw new IllegalArgumentException(commands.isEmpty() ? "No command given. " + usage()
					: "Several commands were given (" + prefixed(commands) + "): give one at a time");
		}
		return commands.get(0);
	}

	private static String argument(String value) {
		return (value.isBlank() || value.toLowerCase(Locale.ROOT).equals("true")) ? null : value;
	}

	private static String prefixed(List<String> names) {
		return String.join(", ", names.stream().map((name) -> PREFIX + name).toList());
	}

	private static String usage() {
		return "The commands are " + prefixed(NAMES) + " (with " + PREFIX + PURGE + " as an option of " + PREFIX
				+ "stamp); see docs/commands.md";
	}

}
