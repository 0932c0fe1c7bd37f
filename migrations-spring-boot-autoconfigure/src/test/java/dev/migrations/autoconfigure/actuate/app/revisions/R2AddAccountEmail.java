package dev.migrations.autoconfigure.actuate.app.revisions;

import static dev.migrations.core.operation.Dsl.column;
import static dev.migrations.core.schema.ColumnTypes.varchar;

import dev.migrations.core.operation.Operations;
import dev.migrations.core.revision.Migration;
import dev.migrations.core.revision.Revision;

@Revision(id = "b2b2b2b2b2b2", revises = "a1a1a1a1a1a1", message = "add account email",
		created = "2026-11-03T10:30:00Z", branchLabels = "contact")
public class R2AddAccountEmail implements Migration {

	@Override
	public void upgrade(Operations op) {
		op.addColumn("accounts", column("email", varchar(255)));
	}

	@Override
	public void downgrade(Operations op) {
		op.dropColumn("accounts", "email");
	}

}
