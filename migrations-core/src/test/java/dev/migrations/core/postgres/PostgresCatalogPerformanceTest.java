package dev.migrations.core.postgres;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.migrations.core.operation.Operations;
import dev.migrations.core.postgres.catalog.PostgresCatalog;
import dev.migrations.core.schema.DatabaseSchema;
import dev.migrations.core.schema.QualifiedName;
import dev.migrations.testsupport.FreshDatabase;

import static dev.migrations.core.operation.Dsl.check;
import static dev.migrations.core.operation.Dsl.column;
import static dev.migrations.core.operation.Dsl.comment;
import static dev.migrations.core.operation.Dsl.foreignKey;
import static dev.migrations.core.operation.Dsl.index;
import static dev.migrations.core.operation.Dsl.primaryKey;
import static dev.migrations.core.operation.Dsl.unique;
import static dev.migrations.core.schema.ColumnTypes.bigint;
import static dev.migrations.core.schema.ColumnTypes.integer;
import static dev.migrations.core.schema.ColumnTypes.named;
import static dev.migrations.core.schema.ColumnTypes.text;
import static dev.migrations.core.schema.ColumnTypes.timestamptz;
import static dev.migrations.core.schema.ColumnTypes.varchar;
import static org.assertj.core.api.Assertions.assertThat;

/** The catalog reader runs the same few statements for 300 tables as for 3: none is per table. */
class PostgresCatalogPerformanceTest {

	@RegisterExtension
	static final FreshDatabase database = new FreshDatabase();

	@BeforeAll
	static void createSchemas() throws SQLException {
		Sql sql = new Sql(database.dataSource());
		sql.run(tables("small", 3));
		sql.run(tables("large", 300));
	}

	@Test
	void readingThreeHundredTablesTakesAsManyStatementsAsReadingThree() throws SQLException {
		Reading small = read("small");
		Reading large = read("large");

		assertThat(small.schema().tables()).hasSize(3);
		assertThat(large.schema().tables()).hasSize(300);
		assertThat(large.statements()).isEqualTo(small.statements()).isLessThanOrEqualTo(8);
		System.out.printf("PostgresCatalog: %d statements; 3 tables in %d ms, 300 tables in %d ms%n",
				large.statements(), small.time().toMillis(), large.time().toMillis());
	}

	/** Tables like an application's: six columns, a key, a foreign key to the previous table, a check, an index. */
	private static Consumer<Operations> tables(String schema, int count) {
		return (op) -> {
			op.execute("CREATE SCHEMA " + schema);
			Operations in = op.inSchema(schema);
			in.createEnum("state", "new", "done");
			in.createSequence("numbers");
			for (int i = 0; i < count; i++) {
				String name = "table_" + i;
				in.createTable(name,
						column("id", bigint()).generatedByDefaultAsIdentity(),
						column("code", varchar(40)).notNull(),
						column("quantity", integer()).serverDefault("0"),
						column("state", named(QualifiedName.of(schema, "state"))),
						column("created_at", timestamptz()).notNull().serverDefault("now()"),
						column("previous_id", bigint()).comment("the table before"),
						primaryKey("id"),
						unique("code"),
						check("quantity >= 0"),
						index("ix_" + name + "_created_at", "created_at"),
						comment("table number " + i));
				if (i > 0) {
					in.createForeignKey("fk_" + name + "_previous", name,
							foreignKey("previous_id").references(QualifiedName.of(schema, "table_" + (i - 1)), "id"));
				}
			}
		};
	}

	/** Reads the schema twice, the first time to warm up, and counts and times the second reading. */
	private static Reading read(String schema) throws SQLException {
		PostgresCatalog catalog = new PostgresCatalog();
		try (Connection connection = database.connect()) {
			catalog.read(connection, Set.of(schema), Set.of());
			StatementCounter counter = new StatementCounter();
			long start = System.nanoTime();
			DatabaseSchema read = catalog.read(counter.counting(connection), Set.of(schema), Set.of());
			return new Reading(read, counter.executed(), Duration.ofNanos(System.nanoTime() - start));
		}
	}

	private record Reading(DatabaseSchema schema, int statements, Duration time) {
	}

}
