package dev.migrations.autoconfigure.startup.failing;

import static dev.migrations.core.operation.Dsl.column;
import static dev.migrations.core.schema.ColumnTypes.integer;

import dev.migrations.core.operation.Operations;
import dev.migrations.core.revision.Migration;
import dev.migrations.core.revision.Revision;

/** A revision that works, then one that fails on its second statement. */
final class FailingSecondRevision {

	private FailingSecondRevision() {
	}

	@Revision(id = "f00000000001", message = "create widgets")
	public static class CreateWidgets implements Migration {

		@Override
		public void upgrade(Operations op) {
			op.createTable("widgets", column("id", integer()).notNull());
		}

		@Override
		public void downgrade(Operations op) {
			op.dropTable("widgets");
		}

	}

	@Revision(id = "f00000000002", revises = "f00000000001", message = "add size")
	public static class AddSize implements Migration {

		@Override
		public void upgrade(Operations op) {
			op.addColumn("widgets", column("size", integer()));
			op.execute("ALTER TABLE widgets ADD CONSTRAINT size_positive CHECK (size > 0) NOT VALID_TYPO");
		}

		@Override
		public void downgrade(Operations op) {
			op.dropColumn("widgets", "size");
		}

	}

}
