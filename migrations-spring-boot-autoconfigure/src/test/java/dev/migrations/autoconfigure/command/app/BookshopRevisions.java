package dev.migrations.autoconfigure.command.app;

import static dev.migrations.core.operation.Dsl.column;
import static dev.migrations.core.operation.Dsl.foreignKey;
import static dev.migrations.core.operation.Dsl.primaryKey;
import static dev.migrations.core.schema.ColumnTypes.bigint;
import static dev.migrations.core.schema.ColumnTypes.character;
import static dev.migrations.core.schema.ColumnTypes.text;
import static dev.migrations.core.schema.ColumnTypes.uuid;

import java.util.List;

import dev.migrations.core.operation.Operations;
import dev.migrations.core.revision.Migration;
import dev.migrations.core.revision.Revision;

/** The test application's revisions: authors, then their country, then books. */
public final class BookshopRevisions {

	public static final String AUTHORS = "a1a1a1a1a1a1";

	public static final String COUNTRY = "b2b2b2b2b2b2";

	public static final String BOOKS = "c3c3c3c3c3c3";

	public static final List<Class<?>> ALL = List.of(CreateAuthors.class, AddCountry.class, CreateBooks.class);

	private BookshopRevisions() {
	}

	@Revision(id = AUTHORS, message = "create authors")
	public static class CreateAuthors implements Migration {

		@Override
		public void upgrade(Operations op) {
			op.createTable("authors", column("id", uuid()).notNull(), column("name", text()).notNull(), primaryKey("id"));
		}

		@Override
		public void downgrade(Operations op) {
			op.dropTable("authors");
		}

	}

	@Revision(id = COUNTRY, revises = AUTHORS, message = "add author country")
	public static class AddCountry implements Migration {

		@Override
		public void upgrade(Operations op) {
			op.addColumn("authors", column("country", character(2)));
		}

		@Override
		public void downgrade(Operations op) {
			op.dropColumn("authors", "country");
		}

	}

	@Revision(id = BOOKS, revises = COUNTRY, message = "create books")
	public static class CreateBooks implements Migration {

		@Override
		public void upgrade(Operations op) {
			op.createTable("books", column("id", bigint()).generatedByDefaultAsIdentity(), column("title", text()),
					column("author_id", uuid()).notNull(), primaryKey("id"),
					foreignKey("author_id").references("authors", "id"));
		}

		@Override
		public void downgrade(Operations op) {
			op.dropTable("books");
		}

	}

}
