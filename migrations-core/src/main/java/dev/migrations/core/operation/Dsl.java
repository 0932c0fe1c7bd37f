package dev.migrations.core.operation;

import java.util.Arrays;
import java.util.List;

import dev.migrations.core.schema.CheckConstraint;
import dev.migrations.core.schema.Column;
import dev.migrations.core.schema.ColumnType;
import dev.migrations.core.schema.Index;
import dev.migrations.core.schema.IndexPart;
import dev.migrations.core.schema.PrimaryKey;
import dev.migrations.core.schema.QualifiedName;
import dev.migrations.core.schema.SequenceOptions;
import dev.migrations.core.schema.TableComment;
import dev.migrations.core.schema.UniqueConstraint;

/**
 * Static factories for the values revisions pass to {@link Operations}: columns, constraints, indexes. Use with
 * {@code import static dev.migrations.core.operation.Dsl.*;} and {@code import static
 * dev.migrations.core.schema.ColumnTypes.*;} for the types.
 */
public final class Dsl {

	private Dsl() {
	}

	/** A nullable column; refine with {@code .notNull()}, {@code .serverDefault("now()")}, {@code .comment(..)}. */
	public static Column column(String name, ColumnType type) {
		return Column.of(name, type);
	}

	/** A primary key over columns, named by PostgreSQL ({@code <table>_pkey}) unless {@code .named(..)}. */
	public static PrimaryKey primaryKey(String... columns) {
		return new PrimaryKey(null, List.of(columns));
	}

	/** A unique constraint over columns. */
	public static UniqueConstraint unique(String... columns) {
		return new UniqueConstraint(null, List.of(columns), null);
	}

	/** A foreign key: {@code foreignKey("user_id").references("users", "id").onDelete(CASCADE)}. */
	public static ForeignKeyColumns foreignKey(String... columns) {
		return new ForeignKeyColumns(List.of(columns));
	}

	/** A check constraint with an SQL condition, such as {@code "email = lower(email)"}. */
	public static CheckConstraint check(String condition) {
		return new CheckConstraint(null, condition);
	}

	/** An index inside a table definition, on columns. */
	public static Index index(String name, String... columns) {
		return index(name, Arrays.stream(columns).map(IndexPart::column).toArray(IndexPart[]::new));
	}

	/** An index inside a table definition, on columns and expressions. */
	public static Index index(String name, IndexPart... parts) {
		return new Index(name, null, List.of(parts), false, null, null);
	}

	/** A unique index inside a table definition, on columns. */
	public static Index uniqueIndex(String name, String... columns) {
		return index(name, columns).unique(true);
	}

	/** An index key that is an expression, such as {@code lower(email)}. */
	public static IndexPart expression(String sql) {
		return IndexPart.expression(sql);
	}

	/** An index key that is a column. */
	public static IndexPart indexColumn(String name) {
		return IndexPart.column(name);
	}

	/** The table comment, inside a table definition. */
	public static TableComment comment(String text) {
		return new TableComment(text);
	}

	/** A table (or other object) name in a schema, for cross-schema references. */
	public static QualifiedName table(String schema, String name) {
		return QualifiedName.of(schema, name);
	}

	/** Sequence options to refine: {@code sequenceOptions().incrementBy(50).start(1000)}. */
	public static SequenceOptions sequenceOptions() {
		return SequenceOptions.defaults();
	}

}
