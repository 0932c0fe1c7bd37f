package dev.migrations.autoconfigure.reliability.revisions.bad.twopackages.shipping;

import static dev.migrations.core.operation.Dsl.column;
import static dev.migrations.core.operation.Dsl.primaryKey;
import static dev.migrations.core.schema.ColumnTypes.bigint;

import dev.migrations.core.operation.Operations;
import dev.migrations.core.revision.Migration;
import dev.migrations.core.revision.Revision;

/** Declares the id of {@code billing.CreateInvoices} in another package. */
@Revision(id = "bad000000004", message = "create shipments")
public class CreateShipments implements Migration {

	@Override
	public void upgrade(Operations op) {
		op.createTable("shipments", column("id", bigint()).notNull(), primaryKey("id"));
	}

	@Override
	public void downgrade(Operations op) {
		op.dropTable("shipments");
	}

}
