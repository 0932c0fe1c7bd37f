package dev.migrations.bench;

import static dev.migrations.core.operation.Dsl.column;
import static dev.migrations.core.operation.Dsl.primaryKey;
import static dev.migrations.core.schema.ColumnTypes.bigint;
import static dev.migrations.core.schema.ColumnTypes.timestamptz;
import static dev.migrations.core.schema.ColumnTypes.varchar;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import dev.migrations.core.codegen.FileNameTemplate;
import dev.migrations.core.codegen.GeneratedBody;
import dev.migrations.core.codegen.GeneratedBody.Step;
import dev.migrations.core.codegen.NewRevision;
import dev.migrations.core.codegen.RevisionWriter;
import dev.migrations.core.operation.Operation;
import dev.migrations.core.operation.Operations;
import dev.migrations.core.postgres.PostgresDdl;
import dev.migrations.core.postgres.SqlStatement;

/**
 * Writes a {@link Workload}: each schema change once as operations, then as our revision class (through the
 * engine's own {@link RevisionWriter}), as a Flyway SQL file and as a Liquibase changeset (both the SQL the engine
 * renders, so every tool runs the same statements); and the entity classes. Then compiles the Java sources.
 */
final class WorkloadWriter {

	private static final Instant FIRST_REVISION = Instant.parse("2026-01-01T00:00:00Z");

	private final PostgresDdl ddl = new PostgresDdl();

	private final Workload workload;

	WorkloadWriter(Workload workload) {
		this.workload = workload;
	}

	/** Writes and compiles everything; the directory must not hold an earlier workload. */
	void write() {
		RevisionWriter revisions = new RevisionWriter(this.workload.sources(), Workload.REVISION_PACKAGE,
				new FileNameTemplate("R{rev}"));
		StringBuilder changelog = new StringBuilder("--liquibase formatted sql\n");
		String parent = null;
		for (int i = 1; i <= this.workload.revisions(); i++) {
			String id = String.format("%012x", 0xbe0c00000000L + i);
			List<Operation> upgrade = change(i);
			revisions.write(new NewRevision(id, (parent != null) ? List.of(parent) : List.of(), "create table item_" + i,
					FIRST_REVISION.plus(i, ChronoUnit.MINUTES), List.of(), NewRevision.Kind.GENERATED,
					new GeneratedBody(steps(upgrade), steps(reverse(upgrade)), "public")));
			String sql = this.ddl.render(upgrade).stream().map(SqlStatement::toScript).collect(Collectors.joining("\n"));
			writeFile(this.workload.flywayScripts().resolve("V" + i + "__create_item_" + i + ".sql"), sql + "\n");
			changelog.append("\n--changeset bench:").append(i).append('\n').append(sql).append('\n');
			parent = id;
		}
		writeFile(this.workload.liquibaseChangelogs().resolve(Workload.liquibaseChangelog()), changelog.toString());
		for (int i = 1; i <= this.workload.entities(); i++) {
			writeFile(this.workload.sources().resolve(Workload.ENTITY_PACKAGE.replace('.', '/'))
				.resolve(Workload.entityName(i) + ".java"), entity(i));
		}
		SourceCompiler.compile(this.workload.sources(), this.workload.classes());
	}

	/** A small revision: one table of three columns and a primary key. */
	private static List<Operation> change(int number) {
		return Operations.record((op) -> op.createTable("item_" + number, column("id", bigint()).notNull(),
				column("name", varchar(100)).notNull(),
				column("created_at", timestamptz()).notNull().serverDefault("now()"), primaryKey("id")));
	}

	private static List<Operation> reverse(List<Operation> operations) {
		List<Operation> reversed = new ArrayList<>();
		for (int i = operations.size() - 1; i >= 0; i--) {
			reversed.add(operations.get(i).reverse().orElseThrow());
		}
		return reversed;
	}

	private static List<Step> steps(List<Operation> operations) {
		return operations.stream().map((operation) -> new Step(operation, null)).toList();
	}

	/**
	 * An entity as applications write them: an identity key, strings with a length, a unique code, a timestamp, a
	 * decimal, a boolean, an index, and (after the first) a many-to-one to the previous entity.
	 */
	private static String entity(int number) {
		String name = Workload.entityName(number);
		String parent = (number == 1) ? ""
				: "\n\t@ManyToOne(fetch = FetchType.LAZY)\n\t@JoinColumn(name = \"parent_id\")\n\tprivate "
						+ Workload.entityName(number - 1) + " parent;\n";
		return """
				package %1$s;

				import java.math.BigDecimal;
				import java.time.Instant;

				import jakarta.persistence.*;

				@Entity
				@Table(indexes = @Index(name = "ix_%2$s_name", columnList = "name"))
				public class %3$s {

					@Id
					@GeneratedValue(strategy = GenerationType.IDENTITY)
					private Long id;

					@Column(nullable = false, length = 120)
					private String name;

					@Column(unique = true, length = 64)
					private String code;

					@Column(nullable = false)
					private Instant createdAt;

					@Column(precision = 12, scale = 2)
					private BigDecimal amount;

					private boolean active;
				%4$s
				}
				""".formatted(Workload.ENTITY_PACKAGE, name.toLowerCase(), name, parent);
	}

	/** Writes a file, creating its folders. */
	static void writeFile(Path file, String content) {
		try {
			Files.createDirectories(file.getParent());
			Files.writeString(file, content);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
