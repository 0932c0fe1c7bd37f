package dev.migrations.autoconfigure.reliability.revisions.crash;

import static dev.migrations.core.operation.Dsl.column;
import static dev.migrations.core.operation.Dsl.primaryKey;
import static dev.migrations.core.schema.ColumnTypes.bigint;
import static dev.migrations.core.schema.ColumnTypes.text;

import java.util.List;
import java.util.Map;

import dev.migrations.core.operation.Operations;
import dev.migrations.core.revision.Migration;
import dev.migrations.core.revision.Revision;

@Revision(id = CreateAccounts.ID, message = "create accounts")
public class CreateAccounts implements Migration {

	public static final String ID = "ca5e00000001";

	@Override
	public void upgrade(Operations op) {
		op.createTable("accounts", column("id", bigint()).notNull(), column("name", text()).notNull(), primaryKey("id"));
		op.bulkInsert("accounts", List.of(Map.of("id", 1, "name", "Ada"), Map.of("id", 2, "name", "Grace")));
	}

	@Override
	public void downgrade(Operations op) {
		op.dropTable("accounts");
	}

}
