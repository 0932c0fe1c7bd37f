package dev.migrations.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Where the generated data of a run lives and how big it is: {@code revisions} small schema changes written three
 * ways (our revision classes, Flyway SQL files, one Liquibase SQL changelog) and {@code entities} JPA entity classes,
 * compiled into {@link #classes()}. Written once per run by {@link WorkloadWriter}; forked JVMs find it through
 * {@link #toArguments()}.
 *
 * @param directory the root of the generated files
 * @param revisions the number of revisions
 * @param entities the number of entity classes
 */
record Workload(Path directory, int revisions, int entities) {

	static final String REVISION_PACKAGE = "bench.revisions";

	static final String ENTITY_PACKAGE = "bench.entities";

	Path sources() {
		return this.directory.resolve("src");
	}

	Path classes() {
		return this.directory.resolve("classes");
	}

	Path flywayScripts() {
		return this.directory.resolve("flyway");
	}

	Path liquibaseChangelogs() {
		return this.directory.resolve("liquibase");
	}

	static String liquibaseChangelog() {
		return "changelog.sql";
	}

	/** The fully qualified names of the entity classes. */
	List<String> entityClassNames() {
		return IntStream.rangeClosed(1, this.entities).mapToObj((i) -> ENTITY_PACKAGE + "." + entityName(i)).toList();
	}

	static String entityName(int number) {
		return String.format("Entity%04d", number);
	}

	/** The entity classes, loaded from {@link #classes()}, which a forked JVM has on its class path. */
	List<Class<?>> entityClasses() throws ClassNotFoundException {
		List<Class<?>> classes = new ArrayList<>();
		for (String name : entityClassNames()) {
			classes.add(Class.forName(name));
		}
		return classes;
	}

	List<String> toArguments() {
		return List.of(this.directory.toString(), Integer.toString(this.revisions), Integer.toString(this.entities));
	}

	static Workload fromArguments(List<String> arguments) {
		return new Workload(Path.of(arguments.get(0)), Integer.parseInt(arguments.get(1)),
				Integer.parseInt(arguments.get(2)));
	}

}
