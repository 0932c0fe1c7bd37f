package dev.migrations.autoconfigure.reliability.revisions.bad.twopackages.billing;

import static dev.migrations.core.operation.Dsl.column;
import static dev.migrations.core.operation.Dsl.primaryKey;
import static dev.migrations.core.schema.ColumnTypes.bigint;

import dev.migrations.core.operation.Operations;
import dev.migrations.core.revision.Migration;
import dev.migrations.core.revision.Revision;

@Revision(id = "bad000000004", message = "create invoices")
public class CreateInvoices implements Migration {

	@Override
	public void upgrade(Operations op) {
		op.createTable("invoices", column("id", bigint()).notNull(), primaryKey("id"));
	}

	@Override
	public void downgrade(Operations op) {
		op.dropTable("invoices");
	}

}
