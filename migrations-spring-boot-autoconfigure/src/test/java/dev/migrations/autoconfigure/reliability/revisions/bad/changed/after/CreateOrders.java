package dev.migrations.autoconfigure.reliability.revisions.bad.changed.after;

import static dev.migrations.core.operation.Dsl.column;
import static dev.migrations.core.operation.Dsl.primaryKey;
import static dev.migrations.core.schema.ColumnTypes.bigint;
import static dev.migrations.core.schema.ColumnTypes.text;

import dev.migrations.core.operation.Operations;
import dev.migrations.core.revision.Migration;
import dev.migrations.core.revision.Revision;

/** {@code changed.before.CreateOrders} as someone edited it after it was applied: one more column. */
@Revision(id = "bad0000000b0", message = "create orders")
public class CreateOrders implements Migration {

	@Override
	public void upgrade(Operations op) {
		op.createTable("orders", column("id", bigint()).notNull(), column("note", text()), primaryKey("id"));
	}

	@Override
	public void downgrade(Operations op) {
		op.dropTable("orders");
	}

}
