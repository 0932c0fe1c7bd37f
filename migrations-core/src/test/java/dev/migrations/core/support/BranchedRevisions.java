package dev.migrations.core.support;

import static dev.migrations.core.operation.Dsl.column;
import static dev.migrations.core.operation.Dsl.primaryKey;
import static dev.migrations.core.schema.ColumnTypes.bigint;
import static dev.migrations.core.schema.ColumnTypes.text;

import dev.migrations.core.operation.Operations;
import dev.migrations.core.revision.Migration;
import dev.migrations.core.revision.Revision;

/**
 * Two developers branch from one revision ({@code 0f0f...}: customers) with invoices ({@code 1a1a...}) and notes
 * ({@code 2b2b...}); a merge revision ({@code 3c3c...}) joins their heads.
 */
public final class BranchedRevisions {

	private BranchedRevisions() {
	}

	@Revision(id = "0f0f0f0f0f0f", message = "base")
	public static class Base implements Migration {

		@Override
		public void upgrade(Operations op) {
			op.createTable("customers", column("id", bigint()).notNull(), primaryKey("id"));
		}

		@Override
		public void downgrade(Operations op) {
			op.dropTable("customers");
		}

	}

	@Revision(id = "1a1a1a1a1a1a", revises = "0f0f0f0f0f0f", message = "invoices")
	public static class Invoices implements Migration {

		@Override
		public void upgrade(Operations op) {
			op.createTable("invoices", column("id", bigint()).notNull(), primaryKey("id"));
		}

		@Override
		public void downgrade(Operations op) {
			op.dropTable("invoices");
		}

	}

	@Revision(id = "2b2b2b2b2b2b", revises = "0f0f0f0f0f0f", message = "notes")
	public static class Notes implements Migration {

		@Override
		public void upgrade(Operations op) {
			op.createTable("notes", column("id", bigint()).notNull(), column("body", text()), primaryKey("id"));
		}

		@Override
		public void downgrade(Operations op) {
			op.dropTable("notes");
		}

	}

	@Revision(id = "3c3c3c3c3c3c", revises = { "1a1a1a1a1a1a", "2b2b2b2b2b2b" }, message = "merge heads")
	public static class Merge implements Migration {

		@Override
		public void upgrade(Operations op) {
		}

		@Override
		public void downgrade(Operations op) {
		}

	}

}
