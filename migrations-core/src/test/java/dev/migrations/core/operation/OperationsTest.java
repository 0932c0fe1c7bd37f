package dev.migrations.core.operation;

import static dev.migrations.core.operation.Dsl.column;
import static dev.migrations.core.operation.Dsl.primaryKey;
import static dev.migrations.core.schema.ColumnTypes.bigint;
import static dev.migrations.core.schema.ColumnTypes.text;
import static dev.migrations.core.schema.ColumnTypes.timestamp;
import static dev.migrations.core.schema.ColumnTypes.varchar;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.migrations.core.schema.QualifiedName;

class OperationsTest {

	@Test
	void eachCallRecordsOneOperationInOrder() {
		List<Operation> operations = Operations.record((op) -> {
			op.createTable("users", column("id", bigint()).notNull(), primaryKey("id"));
			op.addColumn("users", column("email", text()));
			op.createIndex("ix_users_email", "users", "email").unique();
		});

		assertThat(operations).extracting(Operation::describe).containsExactly("create table users",
				"add column users.email", "create unique index ix_users_email on users");
	}

	@Test
	void alterColumnRecordsTypeDefaultNullabilityAndCommentInThatOrder() {
		List<Operation> operations = Operations.record((op) -> op.alterColumn("users", "email")
			.comment("login")
			.nullable(false)
			.setDefault("''")
			.type(varchar(320))
			.previousType(varchar(255)));

		assertThat(operations).extracting(Operation::describe).containsExactly(
				"alter column users.email type character varying(255) -> character varying(320)",
				"alter column users.email set default ''", "alter column users.email set not null",
				"set comment on column users.email");
		assertThat(operations.get(0).reverse()).isPresent();
		assertThat(operations.get(1).reverse()).as("previous default unknown").isEmpty();
	}

	@Test
	void alterColumnThatChangesNothingIsRefused() {
		assertThatIllegalStateException().isThrownBy(() -> Operations.record((op) -> op.alterColumn("users", "email")))
			.withMessageContaining("changes nothing");
	}

	@Test
	void inSchemaQualifiesEveryNameOfTheCall() {
		List<Operation> operations = Operations.record((op) -> op.inSchema("billing").dropTable("invoices"));

		assertThat(((DropTable) operations.get(0)).table()).isEqualTo(QualifiedName.of("billing", "invoices"));
	}

	@Test
	void aConcurrentIndexOutsideANonTransactionalBlockIsRefused() {
		assertThatIllegalStateException()
			.isThrownBy(() -> Operations.record((op) -> op.createIndex("ix", "users", "email").concurrently()))
			.withMessageContaining("op.nonTransactional");

		List<Operation> inBlock = Operations
			.record((op) -> op.nonTransactional((block) -> block.createIndex("ix", "users", "email").concurrently()));
		assertThat(inBlock).singleElement().isInstanceOf(NonTransactional.class);
	}

	@Test
	void theTimestampRuleNamesColumnsMadeTimestampWithoutTimeZoneUnlessTheyOptOut() {
		List<Operation> operations = Operations.record((op) -> {
			op.createTable("events", column("at", timestamp()), column("local_at", timestamp()).allowTimestampWithoutTimeZone());
			op.addColumn("users", column("seen_at", timestamp()));
			op.alterColumn("users", "created_at").type(timestamp());
			op.alterColumn("users", "opened_at").type(timestamp()).allowTimestampWithoutTimeZone();
		});

		assertThat(TimestampRule.violations(operations)).containsExactly("events.at", "users.seen_at",
				"users.created_at");
	}

	@Test
	void reversesUndoWhatTheyCan() {
		List<Operation> operations = Operations.record((op) -> {
			op.createTable("t", column("id", bigint()));
			op.renameColumn("t", "id", "key");
			op.dropColumn("t", "key");
			op.execute("select 1");
		});

		assertThat(operations.get(0).reverse()).get().isInstanceOf(DropTable.class);
		assertThat(operations.get(1).reverse()).get().extracting(Operation::describe).isEqualTo("rename column t.key to id");
		assertThat(operations.get(2).reverse()).as("definition unknown").isEmpty();
		assertThat(operations.get(3).reverse()).isEmpty();
	}

}
