package dev.migrations.autoconfigure.reliability.revisions.bad.notmigration;

import static dev.migrations.core.operation.Dsl.column;
import static dev.migrations.core.operation.Dsl.primaryKey;
import static dev.migrations.core.schema.ColumnTypes.bigint;

import dev.migrations.core.operation.Operations;
import dev.migrations.core.revision.Revision;

/** Annotated as a revision, but does not implement {@code Migration}. */
@Revision(id = "bad000000003", message = "create orders")
public class CreateOrders {

	public void upgrade(Operations op) {
		op.createTable("orders", column("id", bigint()).notNull(), primaryKey("id"));
	}

}
