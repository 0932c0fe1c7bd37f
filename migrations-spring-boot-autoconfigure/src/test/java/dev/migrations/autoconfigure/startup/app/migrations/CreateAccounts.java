package dev.migrations.autoconfigure.startup.app.migrations;

import static dev.migrations.core.operation.Dsl.column;
import static dev.migrations.core.operation.Dsl.primaryKey;
import static dev.migrations.core.operation.Dsl.unique;
import static dev.migrations.core.schema.ColumnTypes.timestamptz;
import static dev.migrations.core.schema.ColumnTypes.uuid;
import static dev.migrations.core.schema.ColumnTypes.varchar;

import dev.migrations.core.operation.Operations;
import dev.migrations.core.revision.Migration;
import dev.migrations.core.revision.Revision;

@Revision(id = "aaaa00000001", message = "create accounts")
public class CreateAccounts implements Migration {

	@Override
	public void upgrade(Operations op) {
		op.createTable("accounts", column("id", uuid()).notNull(), column("email", varchar(255)).notNull(),
				column("created_at", timestamptz(6)).notNull(), primaryKey("id"), unique("email"));
	}

	@Override
	public void downgrade(Operations op) {
		op.dropTable("accounts");
	}

}
