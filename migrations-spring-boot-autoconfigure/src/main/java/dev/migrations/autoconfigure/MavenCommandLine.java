package dev.migrations.autoconfigure;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.core.env.Environment;

/**
 * The {@code migrate.*} names on Maven's command line ({@code mvn spring-boot:run -Dmigrate.curent}), read from
 * {@code MAVEN_CMD_LINE_ARGS}, the variable in which Maven's launcher script hands its arguments to the processes it
 * starts. The pom snippet passes the commands it names and nothing else, so a misspelt command, or any command when
 * the pom lacks the snippet, would not reach the application, which would then start as usual: these names let
 * command mode refuse them instead. Only the names are read; the values come through the snippet, because the
 * variable joins the arguments with spaces and cannot tell where a value with spaces ends.
 */
final class MavenCommandLine {

	static final String VARIABLE = "MAVEN_CMD_LINE_ARGS";

	private static final Pattern MIGRATE_PROPERTY = Pattern
		.compile("(?:^|\\s)-D\\s*" + Pattern.quote(MigrateCommand.PREFIX) + "([^\\s=]+)");

	private MavenCommandLine() {
	}

	/** The names, without {@code migrate.}, of the {@code -Dmigrate.*} properties given to Maven. */
	static Set<String> migrateNames(Environment environment) {
		Set<String> names = new LinkedHashSet<>();
		String arguments = environment.getProperty(VARIABLE);
		if (arguments != null) {
			Matcher property = MIGRATE_PROPERTY.matcher(arguments);
			while (property.find()) {
				names.add(property.group(1));
			}
		}
		return names;
	}

}
