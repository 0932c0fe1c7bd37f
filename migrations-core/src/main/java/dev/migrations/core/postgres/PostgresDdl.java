package dev.migrations.core.postgres;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import dev.migrations.core.operation.AddColumn;
import dev.migrations.core.operation.AddConstraint;
import dev.migrations.core.operation.AddEnumValue;
import dev.migrations.core.operation.AlterColumnDefault;
import dev.migrations.core.operation.AlterColumnNullability;
import dev.migrations.core.operation.AlterColumnType;
import dev.migrations.core.operation.AlterSequence;
import dev.migrations.core.operation.BulkInsert;
import dev.migrations.core.operation.CreateEnum;
import dev.migrations.core.operation.CreateIndex;
import dev.migrations.core.operation.CreateSequence;
import dev.migrations.core.operation.CreateTable;
import dev.migrations.core.operation.DropColumn;
import dev.migrations.core.operation.DropConstraint;
import dev.migrations.core.operation.DropEnum;
import dev.migrations.core.operation.DropIndex;
import dev.migrations.core.operation.DropSequence;
import dev.migrations.core.operation.DropTable;
import dev.migrations.core.operation.Execute;
import dev.migrations.core.operation.NonTransactional;
import dev.migrations.core.operation.Operation;
import dev.migrations.core.operation.RenameColumn;
import dev.migrations.core.operation.RenameTable;
import dev.migrations.core.operation.SetColumnComment;
import dev.migrations.core.operation.SetTableComment;
import dev.migrations.core.schema.CheckConstraint;
import dev.migrations.core.schema.Column;
import dev.migrations.core.schema.ColumnType;
import dev.migrations.core.schema.Constraint;
import dev.migrations.core.schema.Deferrability;
import dev.migrations.core.schema.ForeignKey;
import dev.migrations.core.schema.Identity;
import dev.migrations.core.schema.Index;
import dev.migrations.core.schema.IndexPart;
import dev.migrations.core.schema.PrimaryKey;
import dev.migrations.core.schema.QualifiedName;
import dev.migrations.core.schema.ReferentialAction;
import dev.migrations.core.schema.SequenceOptions;
import dev.migrations.core.schema.Table;
import dev.migrations.core.schema.UniqueConstraint;

/**
 * Renders operations as PostgreSQL statements, one per SQL command. Every name goes through {@link Identifiers}
 * and every label and comment through {@link Literals}; expressions (defaults, checks, {@code USING},
 * {@code WHERE}, index expressions, {@link Execute}) are SQL written by the revision's author and are used as
 * written. Clauses that only restate PostgreSQL's defaults ({@code ON DELETE NO ACTION}, {@code NOT DEFERRABLE})
 * are left out. Stateless and thread-safe.
 */
public final class PostgresDdl {

	/** Rows per {@code INSERT} of a bulk insert, so that a statement stays of a reasonable size. */
	private static final int MAX_ROWS_PER_INSERT = 1000;

	/** The wire protocol counts bind parameters in 16 bits. */
	private static final int MAX_PARAMETERS = 65535;

	/** The SQL statements that carry out the operations, in order. */
	public List<SqlStatement> render(List<Operation> operations) {
		return operations.stream().flatMap((operation) -> render(operation).stream()).toList();
	}

	/**
	 * The SQL statements that carry out the operation: none for an empty bulk insert or a sequence alteration
	 * that sets nothing, several for a table with comments and indexes.
	 */
	public List<SqlStatement> render(Operation operation) {
		if (operation instanceof NonTransactional block) {
			return render(block.operations()).stream().map(SqlStatement::nonTransactional).toList();
		}
		if (operation instanceof Execute execute) {
			return List.of(new SqlStatement(execute.sql(), execute.parameters(), true));
		}
		if (operation instanceof BulkInsert insert) {
			return bulkInsert(insert);
		}
		if (operation instanceof CreateTable create) {
			return createTable(create.table());
		}
		if (operation instanceof AddColumn add) {
			return addColumn(add);
		}
		if (operation instanceof AlterSequence alter) {
			String options = sequenceOptions(null, alter.options());
			return options.isEmpty() ? List.of()
					: List.of(SqlStatement.of("ALTER SEQUENCE " + name(alter.name()) + " " + options));
		}
		return List.of(SqlStatement.of(command(operation)));
	}

	/**
	 * The type as SQL: a built-in type in its canonical spelling with its modifiers in place
	 * ({@code timestamp(3) with time zone}), a named type quoted ({@code public."Mood"}), a raw type as written;
	 * then {@code []} for each array dimension.
	 */
	public String type(ColumnType type) {
		String base = (type.namedType() != null) ? Identifiers.qualified(type.namedType()) : type.name();
		return type.withModifiers(base) + "[]".repeat(type.arrayDimensions());
	}

	/** The SQL command of an operation that is one command without parameters. */
	private String command(Operation operation) {
		if (operation instanceof DropTable drop) {
			return "DROP TABLE " + name(drop.table());
		}
		if (operation instanceof RenameTable rename) {
			return alterTable(rename.table()) + "RENAME TO " + quote(rename.newName());
		}
		if (operation instanceof DropColumn drop) {
			return alterTable(drop.table()) + "DROP COLUMN " + quote(drop.column());
		}
		if (operation instanceof RenameColumn rename) {
			return alterTable(rename.table()) + "RENAME COLUMN " + quote(rename.column()) + " TO "
					+ quote(rename.newName());
		}
		if (operation instanceof AlterColumnType alter) {
			return alterColumn(alter.table(), alter.column()) + "TYPE " + type(alter.type())
					+ ((alter.using() != null) ? " USING " + expression(alter.using()) : "");
		}
		if (operation instanceof AlterColumnNullability alter) {
			return alterColumn(alter.table(), alter.column()) + (alter.nullable() ? "DROP NOT NULL" : "SET NOT NULL");
		}
		if (operation instanceof AlterColumnDefault alter) {
			return alterColumn(alter.table(), alter.column()) + ((alter.defaultExpression() != null)
					? "SET DEFAULT " + expression(alter.defaultExpression()) : "DROP DEFAULT");
		}
		if (operation instanceof SetColumnComment comment) {
			return columnComment(comment.table(), comment.column(), comment.comment());
		}
		if (operation instanceof SetTableComment comment) {
			return tableComment(comment.table(), comment.comment());
		}
		if (operation instanceof CreateIndex create) {
			return createIndex(create.index(), create.concurrently());
		}
		if (operation instanceof DropIndex drop) {
			return "DROP INDEX " + (drop.concurrently() ? "CONCURRENTLY " : "") + name(drop.index());
		}
		if (operation instanceof AddConstraint add) {
			return alterTable(add.table()) + "ADD " + constraint(add.constraint());
		}
		if (operation instanceof DropConstraint drop) {
			return alterTable(drop.table()) + "DROP CONSTRAINT " + quote(drop.name());
		}
		if (operation instanceof CreateEnum create) {
			return "CREATE TYPE " + name(create.type().name()) + " AS ENUM "
					+ create.type().values().stream().map(Literals::literal).collect(Collectors.joining(", ", "(", ")"));
		}
		if (operation instanceof AddEnumValue add) {
			return addEnumValue(add);
		}
		if (operation instanceof DropEnum drop) {
			return "DROP TYPE " + name(drop.name());
		}
		if (operation instanceof CreateSequence create) {
			String options = sequenceOptions(create.sequence().dataType(), create.sequence().options());
			return "CREATE SEQUENCE " + name(create.sequence().name()) + (options.isEmpty() ? "" : " " + options);
		}
		if (operation instanceof DropSequence drop) {
			return "DROP SEQUENCE " + name(drop.name());
		}
		throw new IllegalArgumentException("no SQL is known for operation " + operation.getClass().getSimpleName());
	}

	private List<SqlStatement> createTable(Table table) {
		List<String> elements = new ArrayList<>();
		table.columns().forEach((column) -> elements.add(columnDefinition(column)));
		table.constraints().forEach((constraint) -> elements.add(constraint(constraint)));
		List<String> statements = new ArrayList<>();
		statements.add("CREATE TABLE " + name(table.name())
				+ (elements.isEmpty() ? " ()" : " (\n    " + String.join(",\n    ", elements) + "\n)"));
		if (table.comment() != null) {
			statements.add(tableComment(table.name(), table.comment()));
		}
		for (Column column : table.columns()) {
			if (column.comment() != null) {
				statements.add(columnComment(table.name(), column.name(), column.comment()));
			}
		}
		table.indexes().forEach((index) -> statements.add(createIndex(index, false)));
		return statements.stream().map(SqlStatement::of).toList();
	}

	private List<SqlStatement> addColumn(AddColumn add) {
		List<SqlStatement> statements = new ArrayList<>();
		statements.add(SqlStatement.of(alterTable(add.table()) + "ADD COLUMN " + columnDefinition(add.column())));
		if (add.column().comment() != null) {
			statements.add(SqlStatement.of(columnComment(add.table(), add.column().name(), add.column().comment())));
		}
		return statements;
	}

	/** One {@code INSERT} per batch of rows, the values bound as parameters. */
	private List<SqlStatement> bulkInsert(BulkInsert insert) {
		if (insert.rows().isEmpty()) {
			return List.of();
		}
		List<String> columns = new ArrayList<>(insert.rows().get(0).keySet());
		if (columns.isEmpty()) {
			throw new IllegalArgumentException("bulk insert into " + insert.table() + ": the rows name no column");
		}
		String into = "INSERT INTO " + name(insert.table()) + " "
				+ columns.stream().map(Identifiers::quote).collect(Collectors.joining(", ", "(", ")")) + " VALUES ";
		String row = String.join(", ", Collections.nCopies(columns.size(), "?"));
		int rowsPerStatement = Math.min(MAX_ROWS_PER_INSERT, MAX_PARAMETERS / columns.size());
		List<SqlStatement> statements = new ArrayList<>();
		for (int from = 0; from < insert.rows().size(); from += rowsPerStatement) {
			List<Map<String, Object>> batch = insert.rows()
				.subList(from, Math.min(from + rowsPerStatement, insert.rows().size()));
			List<Object> parameters = new ArrayList<>();
			batch.forEach((values) -> columns.forEach((column) -> parameters.add(values.get(column))));
			statements.add(new SqlStatement(into + String.join(", ", Collections.nCopies(batch.size(), "(" + row + ")")),
					parameters, true));
		}
		return statements;
	}

	private String columnDefinition(Column column) {
		StringBuilder definition = new StringBuilder(quote(column.name())).append(' ').append(type(column.type()));
		if (column.identity() != Identity.NONE) {
			definition.append((column.identity() == Identity.ALWAYS) ? " GENERATED ALWAYS AS IDENTITY"
					: " GENERATED BY DEFAULT AS IDENTITY");
		}
		if (column.serverDefault() != null) {
			definition.append(" DEFAULT ").append(expression(column.serverDefault()));
		}
		if (!column.nullable()) {
			definition.append(" NOT NULL");
		}
		return definition.toString();
	}

	/** A table constraint clause, as {@code CREATE TABLE} and {@code ALTER TABLE ... ADD} take it. */
	private String constraint(Constraint constraint) {
		String name = (constraint.name() != null) ? "CONSTRAINT " + quote(constraint.name()) + " " : "";
		if (constraint instanceof PrimaryKey primaryKey) {
			return name + "PRIMARY KEY " + columns(primaryKey.columns());
		}
		if (constraint instanceof UniqueConstraint unique) {
			return name + "UNIQUE " + columns(unique.columns()) + deferrability(unique.deferrability());
		}
		if (constraint instanceof ForeignKey foreignKey) {
			return name + "FOREIGN KEY " + columns(foreignKey.columns()) + " REFERENCES "
					+ name(foreignKey.referencedTable())
					+ (foreignKey.referencedColumns().isEmpty() ? "" : " " + columns(foreignKey.referencedColumns()))
					+ referentialAction("ON DELETE", foreignKey.onDelete())
					+ referentialAction("ON UPDATE", foreignKey.onUpdate()) + deferrability(foreignKey.deferrability());
		}
		return name + "CHECK " + parenthesized(((CheckConstraint) constraint).expression());
	}

	private String createIndex(Index index, boolean concurrently) {
		return "CREATE " + (index.unique() ? "UNIQUE " : "") + "INDEX " + (concurrently ? "CONCURRENTLY " : "")
				+ quote(index.name()) + " ON " + name(index.table())
				+ ((index.method() != null) ? " USING " + quote(index.method()) : "") + " "
				+ index.parts().stream().map(this::indexPart).collect(Collectors.joining(", ", "(", ")"))
				+ ((index.where() != null) ? " WHERE " + expression(index.where()) : "");
	}

	private String indexPart(IndexPart part) {
		return part.expression() ? parenthesized(part.text()) : quote(part.text());
	}

	private String addEnumValue(AddEnumValue add) {
		String position = "";
		if (add.before() != null) {
			position = " BEFORE " + Literals.literal(add.before());
		}
		else if (add.after() != null) {
			position = " AFTER " + Literals.literal(add.after());
		}
		// IF NOT EXISTS: no downgrade can remove the label, so upgrading again after one must not fail on it
		return "ALTER TYPE " + name(add.type()) + " ADD VALUE IF NOT EXISTS " + Literals.literal(add.value()) + position;
	}

	/** The options that are set, in {@code CREATE SEQUENCE} order; empty when none is. */
	private String sequenceOptions(ColumnType dataType, SequenceOptions options) {
		List<String> clauses = new ArrayList<>();
		if (dataType != null) {
			clauses.add("AS " + type(dataType));
		}
		if (options.increment() != null) {
			clauses.add("INCREMENT BY " + options.increment());
		}
		if (options.minValue() != null) {
			clauses.add("MINVALUE " + options.minValue());
		}
		if (options.maxValue() != null) {
			clauses.add("MAXVALUE " + options.maxValue());
		}
		if (options.start() != null) {
			clauses.add("START WITH " + options.start());
		}
		if (options.cache() != null) {
			clauses.add("CACHE " + options.cache());
		}
		if (options.cycle() != null) {
			clauses.add(options.cycle() ? "CYCLE" : "NO CYCLE");
		}
		return String.join(" ", clauses);
	}

	private static String tableComment(QualifiedName table, String comment) {
		return "COMMENT ON TABLE " + name(table) + " IS " + Literals.literal(comment);
	}

	private static String columnComment(QualifiedName table, String column, String comment) {
		return "COMMENT ON COLUMN " + name(table) + "." + quote(column) + " IS " + Literals.literal(comment);
	}

	private static String alterTable(QualifiedName table) {
		return "ALTER TABLE " + name(table) + " ";
	}

	private static String alterColumn(QualifiedName table, String column) {
		return alterTable(table) + "ALTER COLUMN " + quote(column) + " ";
	}

	private static String referentialAction(String event, ReferentialAction action) {
		return (action == ReferentialAction.NO_ACTION) ? "" : " " + event + " " + action.sql();
	}

	private static String deferrability(Deferrability deferrability) {
		return (deferrability == Deferrability.NOT_DEFERRABLE) ? "" : " " + deferrability.sql();
	}

	private static String columns(List<String> columns) {
		return columns.stream().map(Identifiers::quote).collect(Collectors.joining(", ", "(", ")"));
	}

	private static String name(QualifiedName name) {
		return Identifiers.qualified(name);
	}

	private static String quote(String identifier) {
		return Identifiers.quote(identifier);
	}

	/** The expression in parentheses, unless one pair already encloses all of it. */
	private static String parenthesized(String expression) {
		String text = expression.strip();
		return SqlScanner.scan(text).isParenthesized() ? text : "(" + expression(text) + ")";
	}

	/**
	 * An expression as its author wrote it, followed by a line break if it ends in a {@code --} comment, which would
	 * otherwise swallow the rest of the statement.
	 */
	private static String expression(String sql) {
		return SqlScanner.scan(sql).endsInLineComment() ? sql + "\n" : sql;
	}

}
