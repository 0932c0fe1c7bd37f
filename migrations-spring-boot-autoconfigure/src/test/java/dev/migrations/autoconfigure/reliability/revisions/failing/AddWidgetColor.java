package dev.migrations.autoconfigure.reliability.revisions.failing;

import static dev.migrations.core.operation.Dsl.column;
import static dev.migrations.core.schema.ColumnTypes.text;

import dev.migrations.core.operation.Operations;
import dev.migrations.core.revision.Migration;
import dev.migrations.core.revision.Revision;

@Revision(id = AddWidgetColor.ID, revises = RequirePositivePrices.ID, message = "add widget color")
public class AddWidgetColor implements Migration {

	public static final String ID = "fa1100000004";

	@Override
	public void upgrade(Operations op) {
		op.addColumn("widgets", column("color", text()));
	}

	@Override
	public void downgrade(Operations op) {
		op.dropColumn("widgets", "color");
	}

}
