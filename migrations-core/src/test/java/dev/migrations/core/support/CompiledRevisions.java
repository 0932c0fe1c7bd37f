package dev.migrations.core.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

import dev.migrations.core.revision.Migration;

/**
 * Revision classes written as source text and compiled at test time, for graphs too large to write by hand
 * (a chain of 30 revisions, say). The classes are real: annotated, loaded, instantiated like any other.
 */
public final class CompiledRevisions {

	private final List<String[]> revisions = new ArrayList<>();

	/** Adds a revision; {@code parents} comma-separated, bodies are Java statements using {@code op}. */
	public CompiledRevisions add(String id, String parents, String message, String upgradeBody, String downgradeBody) {
		this.revisions.add(new String[] { id, parents, message, upgradeBody, downgradeBody });
		return this;
	}

	/** A linear chain of {@code count} revisions, each creating (and dropping) its own small table. */
	public static CompiledRevisions chain(int count) {
		CompiledRevisions chain = new CompiledRevisions();
		String parent = "";
		for (int i = 1; i <= count; i++) {
			String id = String.format("%012x", 0xc0ffee000000L + i);
			chain.add(id, parent, "create table t" + i,
					"op.createTable(\"t" + i + "\", column(\"id\", bigint()).notNull(), primaryKey(\"id\"));",
					"op.dropTable(\"t" + i + "\");");
			parent = id;
		}
		return chain;
	}

	/** Compiles every revision into a fresh directory and loads the classes. */
	public List<Class<?>> compile(Path directory) {
		try {
			List<Path> sources = new ArrayList<>();
			for (String[] revision : this.revisions) {
				sources.add(write(directory, revision));
			}
			return compileFiles(sources, directory,
					this.revisions.stream().map((revision) -> "generated.R" + revision[0]).toList());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Compiles Java source files against the core's classes and loads the named classes. */
	public static List<Class<?>> compileFiles(List<Path> sources, Path directory, List<String> classNames) {
		JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
		List<String> arguments = new ArrayList<>(List.of("-classpath", coreClasses(), "-d", directory.toString()));
		sources.forEach((source) -> arguments.add(source.toString()));
		int exit = compiler.run(null, null, null, arguments.toArray(String[]::new));
		if (exit != 0) {
			throw new IllegalStateException("revision sources did not compile: " + sources);
		}
		try {
			URLClassLoader loader = new URLClassLoader(new URL[] { directory.toUri().toURL() },
					Migration.class.getClassLoader());
			List<Class<?>> classes = new ArrayList<>();
			for (String name : classNames) {
				classes.add(loader.loadClass(name));
			}
			return classes;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (ClassNotFoundException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static Path write(Path directory, String[] revision) throws IOException {
		String revises = revision[1].isEmpty() ? "" : "\"" + revision[1].replace(",", "\", \"") + "\"";
		String source = """
				package generated;

				import static dev.migrations.core.operation.Dsl.*;
				import static dev.migrations.core.schema.ColumnTypes.*;

				import dev.migrations.core.operation.Operations;
				import dev.migrations.core.revision.Migration;
				import dev.migrations.core.revision.Revision;

				@Revision(id = "%1$s", revises = { %2$s }, message = "%3$s")
				public class R%1$s implements Migration {
					public void upgrade(Operations op) {
						%4$s
					}
					public void downgrade(Operations op) {
						%5$s
					}
				}
				""".formatted(revision[0], revises, revision[2], revision[3], revision[4]);
		Path file = directory.resolve("generated/R" + revision[0] + ".java");
		Files.createDirectories(file.getParent());
		Files.writeString(file, source);
		return file;
	}

	private static String coreClasses() {
		try {
			return Path.of(Migration.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
		}
		catch (URISyntaxException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
