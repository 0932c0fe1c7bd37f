package dev.migrations.core.codegen;

import static dev.migrations.core.codegen.JavaLiterals.literal;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;

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

	OperationCode(String defaultSchema) {
		this.defaultSchema = defaultSchema;
	}

	/** One statement (ending with {@code ;}) for the operation, recorded on the variable {@code op}. */
	CodeBlock statement(Operation operation) {
		return statement(operation, "op");
	}

	private CodeBlock statement(Operation operation, String receiver) {
		if (operation instanceof NonTransactional block) {
			CodeBlock.Builder code = CodeBlock.builder().add("$L.nonTransactional((block) -> {\n$>", receiver);
			block.operations().forEach((inner) -> code.add(statement(inner, "block")));
			return code.add("$<});\n").build();
		}
		QualifiedName scope = scope(operation);
		String on = (scope == null || isDefault(scope.schema())) ? receiver
				: CodeBlock.of("$L.inSchema($L)", receiver, literal(scope.schema())).toString();
		return CodeBlock.builder().add("$L.$L;\n", on, call(operation)).build();
	}

	private CodeBlock call(Operation operation) {
		if (operation instanceof CreateTable create) {
			return createTable(create.table());
		}
		if (operation instanceof DropTable drop) {
			return CodeBlock.of("dropTable($L)", literal(drop.table().name()));
		}
		if (operation instanceof RenameTable rename) {
			return CodeBlock.of("renameTable($L, $L)", literal(rename.table().name()), literal(rename.newName()));
		}
		if (operation instanceof SetTableComment comment) {
			return CodeBlock.of("setTableComment($L, $L)", literal(comment.table().name()), literal(comment.comment()));
		}
		if (operation instanceof AddColumn add) {
			return CodeBlock.of("addColumn($L, $L)", literal(add.table().name()), column(add.column()));
		}
		if (operation instanceof DropColumn drop) {
			return CodeBlock.of("dropColumn($L, $L)", literal(drop.table().name()), literal(drop.column()));
		}
		if (operation instanceof RenameColumn rename) {
			return CodeBlock.of("renameColumn($L, $L, $L)", literal(rename.table().name()), literal(rename.column()),
					literal(rename.newName()));
		}
		if (operation instanceof AlterColumnType alter) {
			return alterColumnType(alter);
		}
		if (operation instanceof AlterColumnNullability alter) {
			return CodeBlock.of("alterColumn($L, $L).nullable($L)", literal(alter.table().name()),
					literal(alter.column()), alter.nullable());
		}
		if (operation instanceof AlterColumnDefault alter) {
			CodeBlock.Builder code = CodeBlock.builder().add("alterColumn($L, $L)", literal(alter.table().name()),
					literal(alter.column()));
			code.add((alter.defaultExpression() != null)
					? CodeBlock.of(".setDefault($L)", literal(alter.defaultExpression()))
					: CodeBlock.of(".dropDefault()"));
			if (alter.previous().known()) {
				code.add(".previousDefault($L)", literal(alter.previous().value()));
			}
			return code.build();
		}
		if (operation instanceof SetColumnComment comment) {
			CodeBlock.Builder code = CodeBlock.builder()
				.add("alterColumn($L, $L).comment($L)", literal(comment.table().name()), literal(comment.column()),
						literal(comment.comment()));
			if (comment.previous().known()) {
				code.add(".previousComment($L)", literal(comment.previous().value()));
			}
			return code.build();
		}
		if (operation instanceof CreateIndex create) {
			return createIndex(create);
		}
		if (operation instanceof DropIndex drop) {
			return CodeBlock.of(drop.concurrently() ? "dropIndexConcurrently($L)" : "dropIndex($L)",
					literal(drop.index().name()));
		}
		if (operation instanceof AddConstraint add) {
			return CodeBlock.of("addConstraint($L, $L)", literal(add.table().name()), constraint(add.constraint()));
		}
		if (operation instanceof DropConstraint drop) {
			return CodeBlock.of("dropConstraint($L, $L)", literal(drop.name()), literal(drop.table().name()));
		}
		if (operation instanceof CreateEnum create) {
			CodeBlock.Builder code = CodeBlock.builder().add("createEnum($L", literal(create.type().name().name()));
			create.type().values().forEach((value) -> code.add(", $L", literal(value)));
			return code.add(")").build();
		}
		if (operation instanceof AddEnumValue add) {
			if (add.before() != null) {
				return CodeBlock.of("addEnumValueBefore($L, $L, $L)", literal(add.type().name()), literal(add.value()),
						literal(add.before()));
			}
			return (add.after() != null)
					? CodeBlock.of("addEnumValueAfter($L, $L, $L)", literal(add.type().name()), literal(add.value()),
							literal(add.after()))
					: CodeBlock.of("addEnumValue($L, $L)", literal(add.type().name()), literal(add.value()));
		}
		if (operation instanceof DropEnum drop) {
			return CodeBlock.of("dropEnum($L)", literal(drop.name().name()));
		}
		if (operation instanceof CreateSequence create) {
			return (create.sequence().dataType() != null)
					? CodeBlock.of("createSequence($L, $L, $L)", literal(create.sequence().name().name()),
							type(create.sequence().dataType()), sequenceOptions(create.sequence().options()))
					: CodeBlock.of("createSequence($L, $L)", literal(create.sequence().name().name()),
							sequenceOptions(create.sequence().options()));
		}
		if (operation instanceof AlterSequence alter) {
			return CodeBlock.of("alterSequence($L, $L)", literal(alter.name().name()),
					sequenceOptions(alter.options()));
		}
		if (operation instanceof DropSequence drop) {
			return CodeBlock.of("dropSequence($L)", literal(drop.name().name()));
		}
		if (operation instanceof Execute execute && execute.parameters().isEmpty()) {
			return CodeBlock.of("execute($L)", literal(execute.sql()));
		}
		throw new IllegalArgumentException("no DSL form is generated for " + operation.describe());
	}

	private CodeBlock createTable(Table table) {
		List<CodeBlock> elements = new ArrayList<>();
		table.columns().forEach((column) -> elements.add(column(column)));
		table.constraints().forEach((constraint) -> elements.add(constraint(constraint)));
		table.indexes().forEach((index) -> elements.add(index(index)));
		if (table.comment() != null) {
			elements.add(CodeBlock.of("comment($L)", literal(table.comment())));
		}
		CodeBlock.Builder code = CodeBlock.builder().add("createTable($L", literal(table.name().name()));
		elements.forEach((element) -> code.add(",\n$>$>$L$<$<", element));
		return code.add(")").build();
	}

	private CodeBlock column(Column column) {
		CodeBlock.Builder code = CodeBlock.builder().add("column($L, $L)", literal(column.name()), type(column.type()));
		if (column.identity() == Identity.BY_DEFAULT) {
			code.add(".generatedByDefaultAsIdentity()");
		}
		else if (column.identity() == Identity.ALWAYS) {
			code.add(".identity($T.ALWAYS)", IDENTITY);
		}
		if (!column.nullable() && column.identity() == Identity.NONE) {
			code.add(".notNull()");
		}
		if (column.serverDefault() != null) {
			code.add(".serverDefault($L)", literal(column.serverDefault()));
		}
		if (column.comment() != null) {
			code.add(".comment($L)", literal(column.comment()));
		}
		if (column.timestampWithoutTimeZoneAllowed()) {
			code.add(".allowTimestampWithoutTimeZone()");
		}
		return code.build();
	}

	private CodeBlock constraint(Constraint constraint) {
		CodeBlock.Builder code = CodeBlock.builder();
		if (constraint instanceof PrimaryKey key) {
			code.add("primaryKey($L)", strings(key.columns()));
		}
		else if (constraint instanceof UniqueConstraint unique) {
			code.add("unique($L)", strings(unique.columns()));
			deferrability(code, unique.deferrability());
		}
		else if (constraint instanceof ForeignKey key) {
			code.add("foreignKey($L).references($L", strings(key.columns()), tableReference(key.referencedTable()));
			key.referencedColumns().forEach((column) -> code.add(", $L", literal(column)));
			code.add(")");
			if (key.onDelete() != ReferentialAction.NO_ACTION) {
				code.add(".onDelete($T.$L)", REFERENTIAL_ACTION, key.onDelete().name());
			}
			if (key.onUpdate() != ReferentialAction.NO_ACTION) {
				code.add(".onUpdate($T.$L)", REFERENTIAL_ACTION, key.onUpdate().name());
			}
			deferrability(code, key.deferrability());
		}
		else if (constraint instanceof CheckConstraint check) {
			code.add("check($L)", literal(check.expression()));
		}
		if (constraint.name() != null) {
			code.add(".named($L)", literal(constraint.name()));
		}
		return code.build();
	}

	private static void deferrability(CodeBlock.Builder code, Deferrability deferrability) {
		if (deferrability != Deferrability.NOT_DEFERRABLE) {
			code.add(".deferrable($T.$L)", DEFERRABILITY, deferrability.name());
		}
	}

	private CodeBlock index(Index index) {
		CodeBlock.Builder code = CodeBlock.builder().add("index($L, $L)", literal(index.name()), parts(index.parts()));
		if (index.unique()) {
			code.add(".unique(true)");
		}
		if (index.where() != null) {
			code.add(".where($L)", literal(index.where()));
		}
		if (index.method() != null) {
			code.add(".using($L)", literal(index.method()));
		}
		return code.build();
	}

	private CodeBlock createIndex(CreateIndex create) {
		Index index = create.index();
		CodeBlock.Builder code = CodeBlock.builder()
			.add("createIndex($L, $L, $L)", literal(index.name()), literal(index.table().name()), parts(index.parts()));
		if (index.unique()) {
			code.add(".unique()");
		}
		if (index.where() != null) {
			code.add(".where($L)", literal(index.where()));
		}
		if (index.method() != null) {
			code.add(".using($L)", literal(index.method()));
		}
		if (create.concurrently()) {
			code.add(".concurrently()");
		}
		return code.build();
	}

	private static CodeBlock parts(List<IndexPart> parts) {
		if (parts.stream().noneMatch(IndexPart::expression)) {
			return strings(parts.stream().map(IndexPart::text).toList());
		}
		List<CodeBlock> blocks = parts.stream()
			.map((part) -> part.expression() ? CodeBlock.of("expression($L)", literal(part.text()))
					: CodeBlock.of("indexColumn($L)", literal(part.text())))
			.toList();
		return CodeBlock.join(blocks, ", ");
	}

	private CodeBlock alterColumnType(AlterColumnType alter) {
		CodeBlock.Builder code = CodeBlock.builder().add("alterColumn($L, $L)", literal(alter.table().name()),
				literal(alter.column()));
		code.add((alter.using() != null) ? CodeBlock.of(".type($L, $L)", type(alter.type()), literal(alter.using()))
				: CodeBlock.of(".type($L)", type(alter.type())));
		if (alter.previousType() != null) {
			code.add((alter.previousUsing() != null)
					? CodeBlock.of(".previousType($L, $L)", type(alter.previousType()), literal(alter.previousUsing()))
					: CodeBlock.of(".previousType($L)", type(alter.previousType())));
		}
		if (alter.timestampWithoutTimeZoneAllowed()) {
			code.add(".allowTimestampWithoutTimeZone()");
		}
		return code.build();
	}

	/** The {@code ColumnTypes} factory call that builds exactly this type. */
	CodeBlock type(ColumnType type) {
		if (type.arrayDimensions() > 0) {
			return CodeBlock.of("arrayOf($L)", type(withOneDimensionLess(type)));
		}
		if (type.namedType() != null) {
			return isDefault(type.namedType().schema()) ? CodeBlock.of("named($L)", literal(type.namedType().name()))
					: CodeBlock.of("named(table($L, $L))", literal(type.namedType().schema()),
							literal(type.namedType().name()));
		}
		String factory = type.isRaw() ? null : factory(type);
		return (factory != null) ? CodeBlock.of(factory) : CodeBlock.of("type($L)", literal(type.describe()));
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

	private static CodeBlock sequenceOptions(SequenceOptions options) {
		CodeBlock.Builder code = CodeBlock.builder().add("sequenceOptions()");
		if (options.start() != null) {
			code.add(".start($LL)", options.start());
		}
		if (options.increment() != null) {
			code.add(".incrementBy($LL)", options.increment());
		}
		if (options.minValue() != null) {
			code.add(".minValue($LL)", options.minValue());
		}
		if (options.maxValue() != null) {
			code.add(".maxValue($LL)", options.maxValue());
		}
		if (options.cache() != null) {
			code.add(".cache($LL)", options.cache());
		}
		if (options.cycle() != null) {
			code.add(".cycle($L)", options.cycle());
		}
		return code.build();
	}

	private CodeBlock tableReference(QualifiedName table) {
		return isDefault(table.schema()) ? literal(table.name())
				: CodeBlock.of("table($L, $L)", literal(table.schema()), literal(table.name()));
	}

	private static CodeBlock strings(List<String> values) {
		return CodeBlock.join(values.stream().map(JavaLiterals::literal).toList(), ", ");
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
