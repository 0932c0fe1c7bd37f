package dev.migrations.core.codegen;

import java.util.List;
import java.util.Objects;

import com.palantir.javapoet.ClassName;

import dev.migrations.core.operation.AddColumn;
import dev.migrations.core.operation.AddConstraint;
import dev.migrations.core.operation.AddEnumValue;
import dev.migrations.core.operation.AlterColumnDefault;
import dev.migrations.core.operation.AlterColumnNullability;
import dev.migrations.core.operation.AlterColumnType;
import dev.migrations.core.operation.AlterSequence;
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
 * Writes an operation as the DSL statement a person would write for it, so that a generated revision records
 * exactly the operation it was generated from. Names in the default schema are written unqualified; others go
 * through {@code op.inSchema(...)}. Every text is a string literal ({@link JavaLiterals}), escaped.
 */
final class OperationCode {

	private static final ClassName IDENTITY = ClassName.get(Identity.class);

	private static final ClassName REFERENTIAL_ACTION = ClassName.get(ReferentialAction.class);

	private static final ClassName DEFERRABILITY = ClassName.get(Deferrability.class);

	private final String defaultSchema;

	private final BodyText out;

	OperationCode(String defaultSchema, BodyText out) {
		this.defaultSchema = defaultSchema;
		this.out = out;
	}

	/** Appends one statement (a line ending with {@code ;}) for the operation, recorded on the variable {@code op}. */
	void statement(Operation operation) {
		statement(operation, "op", "");
	}

	private void statement(Operation operation, String receiver, String indent) {
		this.out.append(indent).append(receiver);
		if (operation instanceof NonTransactional block) {
			this.out.append(".nonTransactional((block) -> {\n");
			block.operations().forEach((inner) -> statement(inner, "block", indent + BodyText.INDENT));
			this.out.append(indent).append("});\n");
			return;
		}
		QualifiedName scope = scope(operation);
		if (scope != null && !isDefault(scope.schema())) {
			this.out.append(".inSchema(").literal(scope.schema()).append(")");
		}
		this.out.append(".");
		call(operation, indent);
		this.out.append(";\n");
	}

	private void call(Operation operation, String indent) {
		if (operation instanceof CreateTable create) {
			createTable(create.table(), indent);
		}
		else if (operation instanceof DropTable drop) {
			this.out.append("dropTable(").literal(drop.table().name()).append(")");
		}
		else if (operation instanceof RenameTable rename) {
			this.out.append("renameTable(").literal(rename.table().name()).append(", ").literal(rename.newName())
				.append(")");
		}
		else if (operation instanceof SetTableComment comment) {
			this.out.append("setTableComment(").literal(comment.table().name()).append(", ")
				.literal(comment.comment()).append(")");
		}
		else if (operation instanceof AddColumn add) {
			this.out.append("addColumn(").literal(add.table().name()).append(", ");
			column(add.column());
			this.out.append(")");
		}
		else if (operation instanceof DropColumn drop) {
			this.out.append("dropColumn(").literal(drop.table().name()).append(", ").literal(drop.column()).append(")");
		}
		else if (operation instanceof RenameColumn rename) {
			this.out.append("renameColumn(").literal(rename.table().name()).append(", ").literal(rename.column())
				.append(", ").literal(rename.newName()).append(")");
		}
		else if (operation instanceof AlterColumnType alter) {
			alterColumnType(alter);
		}
		else if (operation instanceof AlterColumnNullability alter) {
			alterColumn(alter.table(), alter.column()).append(".nullable(").append(String.valueOf(alter.nullable()))
				.append(")");
		}
		else if (operation instanceof AlterColumnDefault alter) {
			alterColumn(alter.table(), alter.column());
			if (alter.defaultExpression() != null) {
				this.out.append(".setDefault(").literal(alter.defaultExpression()).append(")");
			}
			else {
				this.out.append(".dropDefault()");
			}
			if (alter.previous().known()) {
				this.out.append(".previousDefault(").literal(alter.previous().value()).append(")");
			}
		}
		else if (operation instanceof SetColumnComment comment) {
			alterColumn(comment.table(), comment.column()).append(".comment(").literal(comment.comment()).append(")");
			if (comment.previous().known()) {
				this.out.append(".previousComment(").literal(comment.previous().value()).append(")");
			}
		}
		else if (operation instanceof CreateIndex create) {
			createIndex(create);
		}
		else if (operation instanceof DropIndex drop) {
			this.out.append(drop.concurrently() ? "dropIndexConcurrently(" : "dropIndex(").literal(drop.index().name())
				.append(")");
		}
		else if (operation instanceof AddConstraint add) {
			this.out.append("addConstraint(").literal(add.table().name()).append(", ");
			constraint(add.constraint());
			this.out.append(")");
		}
		else if (operation instanceof DropConstraint drop) {
			this.out.append("dropConstraint(").literal(drop.name()).append(", ").literal(drop.table().name())
				.append(")");
		}
		else if (operation instanceof CreateEnum create) {
			this.out.append("createEnum(").literal(create.type().name().name());
			create.type().values().forEach((value) -> this.out.append(", ").literal(value));
			this.out.append(")");
		}
		else if (operation instanceof AddEnumValue add) {
			String call = (add.before() != null) ? "addEnumValueBefore("
					: (add.after() != null) ? "addEnumValueAfter(" : "addEnumValue(";
			this.out.append(call).literal(add.type().name()).append(", ").literal(add.value());
			if (add.before() != null || add.after() != null) {
				this.out.append(", ").literal((add.before() != null) ? add.before() : add.after());
			}
			this.out.append(")");
		}
		else if (operation instanceof DropEnum drop) {
			this.out.append("dropEnum(").literal(drop.name().name()).append(")");
		}
		else if (operation instanceof CreateSequence create) {
			this.out.append("createSequence(").literal(create.sequence().name().name()).append(", ");
			if (create.sequence().dataType() != null) {
				type(create.sequence().dataType());
				this.out.append(", ");
			}
			sequenceOptions(create.sequence().options());
			this.out.append(")");
		}
		else if (operation instanceof AlterSequence alter) {
			this.out.append("alterSequence(").literal(alter.name().name()).append(", ");
			sequenceOptions(alter.options());
			this.out.append(")");
		}
		else if (operation instanceof DropSequence drop) {
			this.out.append("dropSequence(").literal(drop.name().name()).append(")");
		}
		else if (operation instanceof Execute execute && execute.parameters().isEmpty()) {
			this.out.append("execute(").literal(execute.sql()).append(")");
		}
		else {
			throw new IllegalArgumentException("no DSL form is generated for " + operation.describe());
		}
	}

	private BodyText alterColumn(QualifiedName table, String column) {
		return this.out.append("alterColumn(").literal(table.name()).append(", ").literal(column).append(")");
	}

	/** {@code createTable} with each column, constraint, index and the comment on a line of its own. */
	private void createTable(Table table, String indent) {
		String next = ",\n" + indent + BodyText.INDENT + BodyText.INDENT;
		this.out.append("createTable(").literal(table.name().name());
		table.columns().forEach((column) -> {
			this.out.append(next);
			column(column);
		});
		table.constraints().forEach((constraint) -> {
			this.out.append(next);
			constraint(constraint);
		});
		table.indexes().forEach((index) -> {
			this.out.append(next);
			index(index);
		});
		if (table.comment() != null) {
			this.out.append(next).append("comment(").literal(table.comment()).append(")");
		}
		this.out.append(")");
	}

	private void column(Column column) {
		this.out.append("column(").literal(column.name()).append(", ");
		type(column.type());
		this.out.append(")");
		if (column.identity() == Identity.BY_DEFAULT) {
			this.out.append(".generatedByDefaultAsIdentity()");
		}
		else if (column.identity() == Identity.ALWAYS) {
			this.out.append(".identity(").type(IDENTITY).append(".ALWAYS)");
		}
		if (!column.nullable() && column.identity() == Identity.NONE) {
			this.out.append(".notNull()");
		}
		if (column.serverDefault() != null) {
			this.out.append(".serverDefault(").literal(column.serverDefault()).append(")");
		}
		if (column.comment() != null) {
			this.out.append(".comment(").literal(column.comment()).append(")");
		}
		if (column.timestampWithoutTimeZoneAllowed()) {
			this.out.append(".allowTimestampWithoutTimeZone()");
		}
	}

	private void constraint(Constraint constraint) {
		if (constraint instanceof PrimaryKey key) {
			this.out.append("primaryKey(");
			strings(key.columns());
			this.out.append(")");
		}
		else if (constraint instanceof UniqueConstraint unique) {
			this.out.append("unique(");
			strings(unique.columns());
			this.out.append(")");
			deferrability(unique.deferrability());
		}
		else if (constraint instanceof ForeignKey key) {
			this.out.append("foreignKey(");
			strings(key.columns());
			this.out.append(").references(");
			tableReference(key.referencedTable());
			key.referencedColumns().forEach((column) -> this.out.append(", ").literal(column));
			this.out.append(")");
			if (key.onDelete() != ReferentialAction.NO_ACTION) {
				this.out.append(".onDelete(").type(REFERENTIAL_ACTION).append(".").append(key.onDelete().name())
					.append(")");
			}
			if (key.onUpdate() != ReferentialAction.NO_ACTION) {
				this.out.append(".onUpdate(").type(REFERENTIAL_ACTION).append(".").append(key.onUpdate().name())
					.append(")");
			}
			deferrability(key.deferrability());
		}
		else if (constraint instanceof CheckConstraint check) {
			this.out.append("check(").literal(check.expression()).append(")");
		}
		if (constraint.name() != null) {
			this.out.append(".named(").literal(constraint.name()).append(")");
		}
	}

	private void deferrability(Deferrability deferrability) {
		if (deferrability != Deferrability.NOT_DEFERRABLE) {
			this.out.append(".deferrable(").type(DEFERRABILITY).append(".").append(deferrability.name()).append(")");
		}
	}

	private void index(Index index) {
		this.out.append("index(").literal(index.name()).append(", ");
		parts(index.parts());
		this.out.append(")");
		if (index.unique()) {
			this.out.append(".unique(true)");
		}
		indexOptions(index);
	}

	private void createIndex(CreateIndex create) {
		Index index = create.index();
		this.out.append("createIndex(").literal(index.name()).append(", ").literal(index.table().name()).append(", ");
		parts(index.parts());
		this.out.append(")");
		if (index.unique()) {
			this.out.append(".unique()");
		}
		indexOptions(index);
		if (create.concurrently()) {
			this.out.append(".concurrently()");
		}
	}

	private void indexOptions(Index index) {
		if (index.where() != null) {
			this.out.append(".where(").literal(index.where()).append(")");
		}
		if (index.method() != null) {
			this.out.append(".using(").literal(index.method()).append(")");
		}
	}

	private void parts(List<IndexPart> parts) {
		if (parts.stream().noneMatch(IndexPart::expression)) {
			strings(parts.stream().map(IndexPart::text).toList());
			return;
		}
		for (int i = 0; i < parts.size(); i++) {
			IndexPart part = parts.get(i);
			this.out.append((i > 0) ? ", " : "").append(part.expression() ? "expression(" : "indexColumn(")
				.literal(part.text())
				.append(")");
		}
	}

	private void alterColumnType(AlterColumnType alter) {
		alterColumn(alter.table(), alter.column()).append(".type(");
		type(alter.type());
		if (alter.using() != null) {
			this.out.append(", ").literal(alter.using());
		}
		this.out.append(")");
		if (alter.previousType() != null) {
			this.out.append(".previousType(");
			type(alter.previousType());
			if (alter.previousUsing() != null) {
				this.out.append(", ").literal(alter.previousUsing());
			}
			this.out.append(")");
		}
		if (alter.timestampWithoutTimeZoneAllowed()) {
			this.out.append(".allowTimestampWithoutTimeZone()");
		}
	}

	/** The {@code ColumnTypes} factory call that builds exactly this type. */
	private void type(ColumnType type) {
		if (type.arrayDimensions() > 0) {
			this.out.append("arrayOf(");
			type(withOneDimensionLess(type));
			this.out.append(")");
		}
		else if (type.namedType() != null) {
			if (isDefault(type.namedType().schema())) {
				this.out.append("named(").literal(type.namedType().name()).append(")");
			}
			else {
				this.out.append("named(table(").literal(type.namedType().schema()).append(", ")
					.literal(type.namedType().name())
					.append("))");
			}
		}
		else {
			String factory = type.isRaw() ? null : factory(type);
			if (factory != null) {
				this.out.append(factory);
			}
			else {
				this.out.append("type(").literal(type.describe()).append(")");
			}
		}
	}

	private static ColumnType withOneDimensionLess(ColumnType type) {
		ColumnType less = type.elementType();
		for (int i = 1; i < type.arrayDimensions(); i++) {
			less = less.array();
		}
		return less;
	}

	private static String factory(ColumnType type) {
		List<Integer> mods = type.modifiers();
		String name = type.name();
		String args = String.join(", ", mods.stream().map(String::valueOf).toList());
		String call = switch (name) {
			case "uuid" -> "uuid";
			case "text" -> "text";
			case "character varying" -> "varchar";
			case "character" -> "character";
			case "smallint" -> "smallint";
			case "integer" -> "integer";
			case "bigint" -> "bigint";
			case "numeric" -> "numeric";
			case "real" -> "real";
			case "double precision" -> "doublePrecision";
			case "boolean" -> "bool";
			case "timestamp with time zone" -> "timestamptz";
			case "timestamp without time zone" -> "timestamp";
			case "date" -> "date";
			case "time without time zone" -> "time";
			case "interval" -> "interval";
			case "json" -> "json";
			case "jsonb" -> "jsonb";
			case "bytea" -> "bytea";
			default -> null;
		};
		if (call == null) {
			return null;
		}
		boolean acceptsModifiers = Objects.equals(call, "varchar") || Objects.equals(call, "character")
				|| (Objects.equals(call, "numeric") && mods.size() == 2) || Objects.equals(call, "timestamptz");
		if (!mods.isEmpty() && !acceptsModifiers) {
			return null;
		}
		if (Objects.equals(call, "character") && mods.isEmpty()) {
			return null;
		}
		return call + "(" + args + ")";
	}

	private void sequenceOptions(SequenceOptions options) {
		this.out.append("sequenceOptions()");
		option("start", options.start());
		option("incrementBy", options.increment());
		option("minValue", options.minValue());
		option("maxValue", options.maxValue());
		option("cache", options.cache());
		if (options.cycle() != null) {
			this.out.append(".cycle(").append(String.valueOf(options.cycle())).append(")");
		}
	}

	private void option(String name, Long value) {
		if (value != null) {
			this.out.append(".").append(name).append("(").append(String.valueOf(value)).append("L)");
		}
	}

	private void tableReference(QualifiedName table) {
		if (isDefault(table.schema())) {
			this.out.literal(table.name());
		}
		else {
			this.out.append("table(").literal(table.schema()).append(", ").literal(table.name()).append(")");
		}
	}

	private void strings(List<String> values) {
		for (int i = 0; i < values.size(); i++) {
			this.out.append((i > 0) ? ", " : "").literal(values.get(i));
		}
	}

	private boolean isDefault(String schema) {
		return schema == null || schema.equals(this.defaultSchema);
	}

	private static QualifiedName scope(Operation operation) {
		if (operation instanceof CreateTable create) {
			return create.table().name();
		}
		if (operation instanceof DropTable drop) {
			return drop.table();
		}
		if (operation instanceof RenameTable rename) {
			return rename.table();
		}
		if (operation instanceof SetTableComment comment) {
			return comment.table();
		}
		if (operation instanceof AddColumn add) {
			return add.table();
		}
		if (operation instanceof DropColumn drop) {
			return drop.table();
		}
		if (operation instanceof RenameColumn rename) {
			return rename.table();
		}
		if (operation instanceof AlterColumnType alter) {
			return alter.table();
		}
		if (operation instanceof AlterColumnNullability alter) {
			return alter.table();
		}
		if (operation instanceof AlterColumnDefault alter) {
			return alter.table();
		}
		if (operation instanceof SetColumnComment comment) {
			return comment.table();
		}
		if (operation instanceof CreateIndex create) {
			return create.index().table();
		}
		if (operation instanceof DropIndex drop) {
			return drop.index();
		}
		if (operation instanceof AddConstraint add) {
			return add.table();
		}
		if (operation instanceof DropConstraint drop) {
			return drop.table();
		}
		if (operation instanceof CreateEnum create) {
			return create.type().name();
		}
		if (operation instanceof AddEnumValue add) {
			return add.type();
		}
		if (operation instanceof DropEnum drop) {
			return drop.name();
		}
		if (operation instanceof CreateSequence create) {
			return create.sequence().name();
		}
		if (operation instanceof AlterSequence alter) {
			return alter.name();
		}
		if (operation instanceof DropSequence drop) {
			return drop.name();
		}
		return null;
	}

}
