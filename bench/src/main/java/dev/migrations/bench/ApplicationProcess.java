package dev.migrations.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.postgresql.ds.PGSimpleDataSource;

/**
 * One of the packaged applications of {@code bench/apps} run as a whole process, {@code java -jar} from start to
 * exit, as a deployment step or a CI job pays it. Its round trips happen in that process and are not counted.
 */
final class ApplicationProcess implements Contender {

	/** Where the applications' modules are: {@code bench/apps}, as the bench runs from its module's folder. */
	static final String APPS_PROPERTY = "bench.apps";

	private final String name;

	private final String application;

	private final List<String> options;

	/**
	 * @param name what the table calls it
	 * @param application the module under {@code bench/apps}: {@code ours} or {@code flyway}
	 * @param options JVM options that choose what the application does, such as {@code -Dmigrate.current}
	 */
	ApplicationProcess(String name, String application, List<String> options) {
		this.name = name;
		this.application = application;
		this.options = options;
	}

	static Path appsDirectory() {
		return Path.of(System.getProperty(APPS_PROPERTY, "apps")).toAbsolutePath();
	}

	@Override
	public String name() {
		return this.name;
	}

	@Override
	public String run(DataSource dataSource, Workload workload) throws Exception {
		PGSimpleDataSource database = dataSource.unwrap(PGSimpleDataSource.class);
		List<String> command = new ArrayList<>(
				List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
						"-Dloader.path=" + workload.classes()));
		command.addAll(this.options);
		command.addAll(List.of("-jar",
				appsDirectory().resolve(this.application).resolve("target/bench-app.jar").toString(),
				"--spring.datasource.url=" + database.getUrl(), "--spring.datasource.username=" + database.getUser(),
				"--spring.datasource.password=" + database.getPassword(),
				"--spring.flyway.locations=filesystem:" + workload.flywayScripts()));
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
		int exit = process.waitFor();
		if (exit != 0) {
			throw new IllegalStateException(this.application + " exited with " + exit + ": " + output);
		}
		List<String> lines = output.lines().toList();
		return "exit 0" + (lines.isEmpty() ? "" : ", printed: " + lines.get(lines.size() - 1));
	}

}
