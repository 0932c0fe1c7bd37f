package dev.migrations.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/** Compiles generated Java sources against the bench's own class path, in one compiler run. */
final class SourceCompiler {

	private SourceCompiler() {
	}

	static void compile(Path sources, Path classes) {
		List<String> arguments = new ArrayList<>(List.of("-nowarn", "-proc:none", "-classpath",
				System.getProperty("java.class.path"), "-d", classes.toString()));
		try (Stream<Path> files = Files.walk(sources)) {
			files.filter((file) -> file.toString().endsWith(".java")).forEach((file) -> arguments.add(file.toString()));
			Files.createDirectories(classes);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
		if (compiler.run(null, null, System.err, arguments.toArray(String[]::new)) != 0) {
			throw new IllegalStateException("The generated sources in " + sources + " did not compile");
		}
	}

}
