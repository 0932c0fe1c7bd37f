package dev.migrations.autoconfigure.actuate.app.revisions;

import static dev.migrations.core.operation.Dsl.column;
import static dev.migrations.core.operation.Dsl.primaryKey;
import static dev.migrations.core.schema.ColumnTypes.bigint;
import static dev.migrations.core.schema.ColumnTypes.text;

import dev.migrations.core.operation.Operations;
import dev.migrations.core.revision.Migration;
import dev.migrations.core.revision.Revision;

@Revision(id = "a1a1a1a1a1a1", message = "create accounts", created = "2026-11-02T09:00:00Z")
public class R1CreateAccounts implements Migration {

	@Override
	public void upgrade(Operations op) {
		op.createTable("accounts", column("id", bigint()).notNull(), column("name", text()).notNull(),
				primaryKey("id"));
	}

	@Override
	public void downgrade(Operations op) {
		op.dropTable("accounts");
	}

}
