package dev.migrations.core.runtime;

import static dev.migrations.core.operation.Dsl.column;
import static dev.migrations.core.operation.Dsl.foreignKey;
import static dev.migrations.core.operation.Dsl.index;
import static dev.migrations.core.operation.Dsl.primaryKey;
import static dev.migrations.core.operation.Dsl.unique;
import static dev.migrations.core.schema.ColumnTypes.bigint;
import static dev.migrations.core.schema.ColumnTypes.text;
import static dev.migrations.core.schema.ColumnTypes.timestamp;
import static dev.migrations.core.schema.ColumnTypes.timestamptz;
import static dev.migrations.core.schema.ColumnTypes.varchar;

import java.util.List;

import dev.migrations.core.operation.Operations;
import dev.migrations.core.revision.Migration;
import dev.migrations.core.revision.Revision;
import dev.migrations.core.schema.ReferentialAction;

/** A small linear history used by the runtime tests: users, then a phone column, then orders. */
final class ShopRevisions {

	static final String USERS = "a1a1a1a1a1a1";

	static final String PHONE = "b2b2b2b2b2b2";

	static final String ORDERS = "c3c3c3c3c3c3";

	static final List<Class<?>> ALL = List.of(CreateUsers.class, AddPhone.class, CreateOrders.class);

	private ShopRevisions() {
	}

	@Revision(id = USERS, message = "create users")
	public static class CreateUsers implements Migration {

		@Override
		public void upgrade(Operations op) {
			op.createTable("users", column("id", bigint()).generatedByDefaultAsIdentity(),
					column("email", varchar(255)).notNull(),
					column("created_at", timestamptz()).notNull().serverDefault("now()"), primaryKey("id"),
					unique("email"));
		}

		@Override
		public void downgrade(Operations op) {
			op.dropTable("users");
		}

	}

	@Revision(id = PHONE, revises = USERS, message = "add user phone number")
	public static class AddPhone implements Migration {

		@Override
		public void upgrade(Operations op) {
			op.addColumn("users", column("phone", varchar(32)));
			op.createIndex("ix_users_phone", "users", "phone");
		}

		@Override
		public void downgrade(Operations op) {
			op.dropIndex("ix_users_phone");
			op.dropColumn("users", "phone");
		}

	}

	@Revision(id = ORDERS, revises = PHONE, message = "create orders")
	public static class CreateOrders implements Migration {

		@Override
		public void upgrade(Operations op) {
			op.createTable("order", column("id", bigint()).generatedByDefaultAsIdentity(),
					column("user_id", bigint()).notNull(), column("note", text()), primaryKey("id"),
					foreignKey("user_id").references("users", "id").onDelete(ReferentialAction.CASCADE),
					index("ix_order_user_id", "user_id"));
		}

		@Override
		public void downgrade(Operations op) {
			op.dropTable("order");
		}

	}

	/** Revises {@link #ORDERS}; fails on its third statement. */
	@Revision(id = "d4d4d4d4d4d4", revises = ORDERS, message = "broken on purpose")
	public static class FailsOnThirdStatement implements Migration {

		@Override
		public void upgrade(Operations op) {
			op.createTable("audit_log", column("id", bigint()).notNull(), primaryKey("id"));
			op.addColumn("users", column("nickname", text()));
			op.execute("INSERT INTO no_such_table VALUES (1)");
		}

		@Override
		public void downgrade(Operations op) {
			op.dropColumn("users", "nickname");
			op.dropTable("audit_log");
		}

	}

	/** Revises {@link #ORDERS}; makes a column timestamp without time zone. */
	@Revision(id = "e5e5e5e5e5e5", revises = ORDERS, message = "local times")
	public static class LocalTimestamp implements Migration {

		@Override
		public void upgrade(Operations op) {
			op.addColumn("order", column("shipped_at", timestamp()));
		}

		@Override
		public void downgrade(Operations op) {
			op.dropColumn("order", "shipped_at");
		}

	}

	@Revision(id = "f6f6f6f6f6f6", revises = ORDERS, message = "slow")
	public static class Slow implements Migration {

		@Override
		public void upgrade(Operations op) {
			op.execute("SELECT pg_sleep(0.3)");
		}

		@Override
		public void downgrade(Operations op) {
			op.execute("SELECT pg_sleep(0.3)");
		}

	}

	@Revision(id = "f7f7f7f7f7f7", revises = "f6f6f6f6f6f6", message = "also slow")
	public static class AlsoSlow implements Migration {

		@Override
		public void upgrade(Operations op) {
			op.execute("SELECT pg_sleep(0.2)");
		}

		@Override
		public void downgrade(Operations op) {
			op.execute("SELECT pg_sleep(0.2)");
		}

	}

	/** Fails only when its transaction commits: the deferred foreign key is checked there. */
	@Revision(id = "a8a8a8a8a8a8", revises = ORDERS, message = "fails at commit")
	public static class FailsAtCommit implements Migration {

		@Override
		public void upgrade(Operations op) {
			op.execute("CREATE TABLE parent (id bigint PRIMARY KEY)");
			op.execute("CREATE TABLE child (parent_id bigint REFERENCES parent DEFERRABLE INITIALLY DEFERRED)");
			op.execute("INSERT INTO child VALUES (42)");
		}

		@Override
		public void downgrade(Operations op) {
			op.dropTable("child");
			op.dropTable("parent");
		}

	}

}
