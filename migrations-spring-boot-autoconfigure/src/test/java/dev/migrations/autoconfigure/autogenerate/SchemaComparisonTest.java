package dev.migrations.autoconfigure.autogenerate;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.tools.ToolProvider;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.DefaultResourceLoader;

import dev.migrations.autoconfigure.autogenerate.app.AutogenerateTestApplication;
import dev.migrations.core.codegen.GeneratedBody;
import dev.migrations.core.command.MigrationCommands;
import dev.migrations.core.diff.SchemaChanges;
import dev.migrations.core.revision.Migration;
import dev.migrations.core.revision.RevisionGraph;
import dev.migrations.core.runtime.Migrator;
import dev.migrations.testsupport.CatalogSnapshot;
import dev.migrations.testsupport.FreshDatabase;
import dev.migrations.testsupport.TestDatabase;

class SchemaComparisonTest {

	@RegisterExtension
	static final FreshDatabase server = new FreshDatabase();

	@TempDir
	Path sources;

	private ConfigurableApplicationContext start(TestDatabase database, String... properties) {
		return start(database, getClass().getClassLoader(), properties);
	}

	private ConfigurableApplicationContext start(TestDatabase database, ClassLoader classLoader, String... properties) {
		List<String> all = new ArrayList<>(List.of("spring.datasource.url=" + database.jdbcUrl(),
				"spring.datasource.username=" + database.username(), "spring.datasource.password=" + database.password(),
				"spring.jpa.open-in-view=false", "migrations.packages=dev.migrations.autoconfigure.autogenerate.none",
				"migrations.source-folder=" + this.sources, "migrations.source-package=generated"));
		all.addAll(List.of(properties));
		return new SpringApplicationBuilder(AutogenerateTestApplication.class).web(WebApplicationType.NONE)
			.resourceLoader(new DefaultResourceLoader(classLoader))
			.properties(all.toArray(String[]::new))
			.run();
	}

	@Test
	void theFirstGeneratedRevisionBuildsWhatHibernatesOwnExportBuildsAndValidates() throws Exception {
		TestDatabase generated = server.newDatabase();
		Path file;
		try (ConfigurableApplicationContext context = start(generated, "spring.jpa.hibernate.ddl-auto=none")) {
			SchemaComparison.Result result = context.getBean(SchemaComparison.class).compare();
			SchemaChanges changes = result.changes();
			assertThat(changes.summary()).containsExactly("+ create table public.customer",
					"+ create table public.purchase_order");
			file = context.getBean(MigrationCommands.class).generated("initial schema",
					new GeneratedBody(changes.upgrade(), changes.downgrade(), result.defaultSchema()));
		}
		assertThat(Files.readString(file)).contains("op.createTable(\"customer\"", "op.dropTable(\"customer\")");

		Class<?> revision = compile(file);
		try (ConfigurableApplicationContext context = start(generated, revision.getClassLoader(),
				"spring.jpa.hibernate.ddl-auto=validate", "migrations.packages=generated")) {
			assertThat(context.getBean(Migrator.class).currentRevisions()).containsExactly(
					RevisionGraph.ofClasses(List.of(revision)).heads().get(0).id());
			assertThat(context.getBean(SchemaComparison.class).compare().changes().isEmpty()).isTrue();
		}

		TestDatabase exported = server.newDatabase();
		start(exported, "spring.jpa.hibernate.ddl-auto=create", "migrations.enabled=false").close();
		// Hibernate's export orders columns by its own column ordering strategy at SessionFactory time; the mapping
		// read offline keeps declaration order, so the comparison is of every line, in any order
		assertThat(CatalogSnapshot.of(generated.dataSource(), "migrations_version", "migrations_history").lines())
			.containsExactlyInAnyOrderElementsOf(CatalogSnapshot.of(exported.dataSource()).lines());
	}

	private Class<?> compile(Path file) throws Exception {
		Path classes = Files.createTempDirectory(this.sources, "classes");
		int exit = ToolProvider.getSystemJavaCompiler()
			.run(null, null, null, "-classpath", location(Migration.class), "-d", classes.toString(), file.toString());
		assertThat(exit).isZero();
		URLClassLoader loader = new URLClassLoader(new URL[] { classes.toUri().toURL() }, getClass().getClassLoader());
		return loader.loadClass("generated." + file.getFileName().toString().replace(".java", ""));
	}

	private static String location(Class<?> type) throws URISyntaxException {
		return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
	}

}
