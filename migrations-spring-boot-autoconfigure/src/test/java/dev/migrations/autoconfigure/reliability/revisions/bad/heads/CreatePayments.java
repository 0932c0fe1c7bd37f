package dev.migrations.autoconfigure.reliability.revisions.bad.heads;

import static dev.migrations.core.operation.Dsl.column;
import static dev.migrations.core.operation.Dsl.primaryKey;
import static dev.migrations.core.schema.ColumnTypes.bigint;

import dev.migrations.core.operation.Operations;
import dev.migrations.core.revision.Migration;
import dev.migrations.core.revision.Revision;

/** A second child of {@link CreateOrders}: a second head beside {@link CreateInvoices}. */
@Revision(id = "bad0000000a2", revises = "bad0000000a0", message = "create payments")
public class CreatePayments implements Migration {

	@Override
	public void upgrade(Operations op) {
		op.createTable("payments", column("id", bigint()).notNull(), primaryKey("id"));
	}

	@Override
	public void downgrade(Operations op) {
		op.dropTable("payments");
	}

}
