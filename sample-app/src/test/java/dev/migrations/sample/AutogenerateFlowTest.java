package dev.migrations.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import dev.migrations.autoconfigure.command.MigrationCheck;
import dev.migrations.autoconfigure.command.RevisionGenerator;
import dev.migrations.testsupport.FreshDatabase;

/**
 * The autogenerate flow on the sample's own entities, as {@code -Dmigrate.check} and {@code -Dmigrate.generate} run
 * it: the hand-written revisions match the entities; a column the database lacks is found, and written as a revision
 * that adds it back.
 */
@SpringBootTest
class AutogenerateFlowTest {

	@RegisterExtension
	static final FreshDatabase database = new FreshDatabase();

	@TempDir
	static Path sources;

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		TestDatabaseProperties.register(registry, database);
		registry.add("migrations.source-folder", () -> sources.toString());
	}

	@Autowired
	List<MigrationCheck> checks;

	@Autowired
	RevisionGenerator generator;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void checkAgreesThenFindsAMissingColumnWhichGenerateWritesBack() throws IOException {
		assertThat(this.checks).extracting(MigrationCheck::check)
			.allMatch(MigrationCheck.Result::passed)
			.flatExtracting(MigrationCheck.Result::lines)
			.contains("Entities and database agree.");

		this.jdbc.execute("ALTER TABLE users DROP COLUMN phone_number");

		assertThat(this.checks).extracting(MigrationCheck::check)
			.filteredOn((result) -> !result.passed())
			.singleElement()
			.satisfies((result) -> assertThat(result.lines()).first().asString()
				.startsWith("Entities and database differ"));
		List<String> printed = this.generator.generate("restore phone number");
		assertThat(printed.get(0)).startsWith("Generated ").endsWith(" (review it before applying):");
		assertThat(printed).anyMatch((line) -> line.contains("users.phone_number"));
		try (Stream<Path> files = Files.walk(sources)) {
			Path revision = files.filter((file) -> file.toString().endsWith("_restore_phone_number.java"))
				.findFirst()
				.orElseThrow();
			assertThat(Files.readString(revision)).contains("message = \"restore phone number\"")
				.contains("op.addColumn(\"users\", column(\"phone_number\", varchar(32)));")
				.contains("op.dropColumn(\"users\", \"phone_number\");");
		}
	}

}
