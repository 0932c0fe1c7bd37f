package dev.migrations.autoconfigure.reliability.revisions.failing;

import dev.migrations.core.operation.Operations;
import dev.migrations.core.revision.Migration;
import dev.migrations.core.revision.Revision;

@Revision(id = IndexWidgetNames.ID, revises = AddWidgetColor.ID, message = "index widget names")
public class IndexWidgetNames implements Migration {

	public static final String ID = "fa1100000005";

	@Override
	public void upgrade(Operations op) {
		op.createIndex("ix_widgets_name", "widgets", "name");
	}

	@Override
	public void downgrade(Operations op) {
		op.dropIndex("ix_widgets_name");
	}

}
