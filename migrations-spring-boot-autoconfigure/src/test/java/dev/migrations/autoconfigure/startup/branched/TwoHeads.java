package dev.migrations.autoconfigure.startup.branched;

import dev.migrations.core.operation.Operations;
import dev.migrations.core.revision.Migration;
import dev.migrations.core.revision.Revision;

/** A base and two revisions on top of it: two heads. */
final class TwoHeads {

	private TwoHeads() {
	}

	@Revision(id = "0b0b00000000", message = "base")
	public static class Base implements Migration {

		@Override
		public void upgrade(Operations op) {
			op.execute("CREATE TABLE base_marker (id int)");
		}

		@Override
		public void downgrade(Operations op) {
			op.dropTable("base_marker");
		}

	}

	@Revision(id = "a1b2c3d4e5f6", revises = "0b0b00000000", message = "left")
	public static class Left implements Migration {

		@Override
		public void upgrade(Operations op) {
		}

		@Override
		public void downgrade(Operations op) {
		}

	}

	@Revision(id = "0f9e8d7c6b5a", revises = "0b0b00000000", message = "right")
	public static class Right implements Migration {

		@Override
		public void upgrade(Operations op) {
		}

		@Override
		public void downgrade(Operations op) {
		}

	}

}
