package dev.migrations.autoconfigure.reliability.revisions.failing;

import static dev.migrations.core.operation.Dsl.column;
import static dev.migrations.core.schema.ColumnTypes.numeric;

import dev.migrations.core.operation.Operations;
import dev.migrations.core.revision.Migration;
import dev.migrations.core.revision.Revision;

@Revision(id = AddWidgetPrice.ID, revises = CreateWidgets.ID, message = "add widget price")
public class AddWidgetPrice implements Migration {

	public static final String ID = "fa1100000002";

	@Override
	public void upgrade(Operations op) {
		op.addColumn("widgets", column("price", numeric(10, 2)).notNull().serverDefault("0"));
		op.execute("UPDATE widgets SET price = 1.50 WHERE name = ?", "bolt");
	}

	@Override
	public void downgrade(Operations op) {
		op.dropColumn("widgets", "price");
	}

}
