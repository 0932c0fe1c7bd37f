package dev.migrations.autoconfigure.actuate.app.branch;

import static dev.migrations.core.operation.Dsl.column;
import static dev.migrations.core.operation.Dsl.primaryKey;
import static dev.migrations.core.schema.ColumnTypes.bigint;
import static dev.migrations.core.schema.ColumnTypes.text;

import dev.migrations.core.operation.Operations;
import dev.migrations.core.revision.Migration;
import dev.migrations.core.revision.Revision;

@Revision(id = "c3c3c3c3c3c3", revises = "a1a1a1a1a1a1", message = "create audit log")
public class R3CreateAuditLog implements Migration {

	@Override
	public void upgrade(Operations op) {
		op.createTable("audit_log", column("id", bigint()).notNull(), column("entry", text()), primaryKey("id"));
	}

	@Override
	public void downgrade(Operations op) {
		op.dropTable("audit_log");
	}

}
