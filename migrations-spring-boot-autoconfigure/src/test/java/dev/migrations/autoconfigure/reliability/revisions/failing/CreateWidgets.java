package dev.migrations.autoconfigure.reliability.revisions.failing;

import static dev.migrations.core.operation.Dsl.column;
import static dev.migrations.core.operation.Dsl.primaryKey;
import static dev.migrations.core.schema.ColumnTypes.bigint;
import static dev.migrations.core.schema.ColumnTypes.text;

import java.util.List;
import java.util.Map;

import dev.migrations.core.operation.Operations;
import dev.migrations.core.revision.Migration;
import dev.migrations.core.revision.Revision;

@Revision(id = CreateWidgets.ID, message = "create widgets")
public class CreateWidgets implements Migration {

	public static final String ID = "fa1100000001";

	@Override
	public void upgrade(Operations op) {
		op.createTable("widgets", column("id", bigint()).notNull(), column("name", text()).notNull(), primaryKey("id"));
		op.bulkInsert("widgets", List.of(Map.of("id", 1, "name", "bolt"), Map.of("id", 2, "name", "nut")));
	}

	@Override
	public void downgrade(Operations op) {
		op.dropTable("widgets");
	}

}
