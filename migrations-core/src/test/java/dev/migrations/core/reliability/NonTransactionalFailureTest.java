package dev.migrations.core.reliability;

import static dev.migrations.core.operation.Dsl.column;
import static dev.migrations.core.operation.Dsl.primaryKey;
import static dev.migrations.core.schema.ColumnTypes.bigint;
import static dev.migrations.core.schema.ColumnTypes.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.migrations.core.operation.Operations;
import dev.migrations.core.postgres.Sql;
import dev.migrations.core.revision.Migration;
import dev.migrations.core.revision.Revision;
import dev.migrations.core.revision.RevisionGraph;
import dev.migrations.core.runtime.MigrationException;
import dev.migrations.core.runtime.MigrationSettings;
import dev.migrations.core.runtime.Migrator;
import dev.migrations.testsupport.CatalogSnapshot;
import dev.migrations.testsupport.FreshDatabase;

/**
 * A revision whose non-transactional block fails: a failed {@code CREATE INDEX CONCURRENTLY} leaves no INVALID index
 * behind, statements committed before the failure are listed with the exact SQL that undoes them, and once the data
 * is fixed (and the listed SQL run) the revision runs again and succeeds.
 */
class NonTransactionalFailureTest {

	static final String USERS = "e1e100000001";

	static final String UNIQUE_EMAILS = "e1e100000002";

	static final String NICKNAMES = "e1e100000003";

	@RegisterExtension
	static final FreshDatabase server = new FreshDatabase();

	private DataSource dataSource;

	private Sql sql;

	@BeforeEach
	void newDatabase() {
		this.dataSource = server.newDatabase().dataSource();
		this.sql = new Sql(this.dataSource);
	}

	@Test
	void aFailedConcurrentIndexBuildLeavesNoInvalidIndexAndTheRevisionRunsOnceTheDataIsFixed() throws SQLException {
		Migrator migrator = migrator(CreateUsers.class, UniqueEmails.class);
		migrator.upgrade(USERS);
		CatalogSnapshot atUsers = CatalogSnapshot.of(this.dataSource);

		assertThatExceptionOfType(MigrationException.class).isThrownBy(() -> migrator.upgrade("head"))
			.satisfies((ex) -> assertThat(ex.getMessage()).contains(
					"Running upgrade " + USERS + " -> " + UNIQUE_EMAILS + ", unique emails failed at statement 1 of 1:\n"
							+ "    CREATE UNIQUE INDEX CONCURRENTLY ux_users_email ON users (email);\n"
							+ "  SQLState 23505: ERROR: could not create unique index \"ux_users_email\"",
					"\n  The failed build left the index INVALID; it was dropped (DROP INDEX CONCURRENTLY IF EXISTS"
							+ " ux_users_email;).\nThe revision was rolled back: the database is still at " + USERS));
		assertThat(this.sql.value("SELECT count(*) FROM pg_index WHERE NOT indisvalid")).isEqualTo("0");
		assertThat(CatalogSnapshot.of(this.dataSource)).isEqualTo(atUsers);

		execute("DELETE FROM users WHERE id = 2");
		assertThat(migrator.upgrade("head").after()).containsExactly(UNIQUE_EMAILS);
	}

	@Test
	void statementsCommittedBeforeAFailureAreListedWithTheSqlThatUndoesThemAndTheRevisionThenRuns()
			throws SQLException {
		Migrator migrator = migrator(CreateUsers.class, NicknamesAndUniqueEmails.class);
		migrator.upgrade(USERS);
		CatalogSnapshot atUsers = CatalogSnapshot.of(this.dataSource);

		MigrationException failure = catchThrowableOfType(MigrationException.class,
				() -> migrator.upgrade("head"));

		String undo = "\n  Undo them before running again:\n"
				+ "    DROP INDEX CONCURRENTLY ix_users_nickname;\n"
				+ "    ALTER TABLE users DROP COLUMN nickname;";
		assertThat(failure.getMessage()).contains("failed at statement 3 of 3:\n"
				+ "    CREATE UNIQUE INDEX CONCURRENTLY ux_users_email ON users (email);",
				"The failed build left the index INVALID; it was dropped",
				"\nThe revision was not recorded, so the database is still at " + USERS + ", but these of its statements"
						+ " were committed before the failure and stay applied:\n"
						+ "    ALTER TABLE users ADD COLUMN nickname text;\n"
						+ "    CREATE INDEX CONCURRENTLY ix_users_nickname ON users (nickname);" + undo)
			.endsWith(undo);
		assertThat(this.sql.rows("SELECT version_num FROM migrations_version")).containsExactly(List.of(USERS));

		for (String statement : undo.substring(undo.indexOf(":\n") + 2).strip().split("\n")) {
			execute(statement.strip());
		}
		assertThat(CatalogSnapshot.of(this.dataSource)).isEqualTo(atUsers);
		execute("DELETE FROM users WHERE id = 2");
		assertThat(migrator.upgrade("head").after()).containsExactly(NICKNAMES);
	}

	private Migrator migrator(Class<?>... revisions) {
		return new Migrator(this.dataSource, RevisionGraph.ofClasses(List.of(revisions)), MigrationSettings.defaults());
	}

	private void execute(String statement) throws SQLException {
		try (Connection connection = this.dataSource.getConnection(); Statement jdbc = connection.createStatement()) {
			jdbc.execute(statement);
		}
	}

	@Revision(id = USERS, message = "create users")
	public static class CreateUsers implements Migration {

		@Override
		public void upgrade(Operations op) {
			op.createTable("users", column("id", bigint()).notNull(), column("email", text()).notNull(),
					primaryKey("id"));
			op.bulkInsert("users", List.of(Map.of("id", 1, "email", "ada@example.com"),
					Map.of("id", 2, "email", "ada@example.com"), Map.of("id", 3, "email", "bob@example.com")));
		}

		@Override
		public void downgrade(Operations op) {
			op.dropTable("users");
		}

	}

	@Revision(id = UNIQUE_EMAILS, revises = USERS, message = "unique emails")
	public static class UniqueEmails implements Migration {

		@Override
		public void upgrade(Operations op) {
			op.nonTransactional((block) -> block.createIndex("ux_users_email", "users", "email").unique().concurrently());
		}

		@Override
		public void downgrade(Operations op) {
			op.nonTransactional((block) -> block.dropIndexConcurrently("ux_users_email"));
		}

	}

	@Revision(id = NICKNAMES, revises = USERS, message = "nicknames and unique emails")
	public static class NicknamesAndUniqueEmails implements Migration {

		@Override
		public void upgrade(Operations op) {
			op.addColumn("users", column("nickname", text()));
			op.nonTransactional((block) -> {
				block.createIndex("ix_users_nickname", "users", "nickname").concurrently();
				block.createIndex("ux_users_email", "users", "email").unique().concurrently();
			});
		}

		@Override
		public void downgrade(Operations op) {
			op.nonTransactional((block) -> {
				block.dropIndexConcurrently("ux_users_email");
				block.dropIndexConcurrently("ix_users_nickname");
			});
			op.dropColumn("users", "nickname");
		}

	}

}
