package dev.migrations.core.diff;

import java.util.List;
import java.util.function.UnaryOperator;

import dev.migrations.core.schema.CheckConstraint;
import dev.migrations.core.schema.Column;
import dev.migrations.core.schema.ColumnType;
import dev.migrations.core.schema.ColumnTypes;
import dev.migrations.core.schema.DatabaseSchema;
import dev.migrations.core.schema.EnumType;
import dev.migrations.core.schema.ForeignKey;
import dev.migrations.core.schema.Index;
import dev.migrations.core.schema.IndexPart;
import dev.migrations.core.schema.QualifiedName;
import dev.migrations.core.schema.Sequence;
import dev.migrations.core.schema.Table;

/**
 * Moves every object of a schema model to other schemas: tables, the tables keys point to, named types, sequences,
 * and the schema names that SQL expressions (defaults, checks, index keys and predicates) spell out.
 */
final class SchemaRenaming {

	private final UnaryOperator<String> schemas;

	private final UnaryOperator<String> expressions;

	SchemaRenaming(UnaryOperator<String> schemas, UnaryOperator<String> expressions) {
		this.schemas = schemas;
		this.expressions = expressions;
	}

	DatabaseSchema apply(DatabaseSchema schema) {
		return new DatabaseSchema(schema.tables().stream().map(this::table).toList(),
				schema.sequences().stream()
					.map((sequence) -> new Sequence(name(sequence.name()), sequence.dataType(), sequence.options()))
					.toList(),
				schema.enums().stream().map((type) -> new EnumType(name(type.name()), type.values())).toList());
	}

	private Table table(Table table) {
		QualifiedName name = name(table.name());
		return new Table(name, table.columns().stream().map(this::column).toList(), table.primaryKey(),
				table.uniqueConstraints(), table.foreignKeys().stream().map(this::foreignKey).toList(),
				table.checks().stream()
					.map((check) -> new CheckConstraint(check.name(), this.expressions.apply(check.expression())))
					.toList(),
				table.indexes().stream().map((index) -> index(index, name)).toList(), table.comment());
	}

	private Index index(Index index, QualifiedName table) {
		List<IndexPart> parts = index.parts().stream()
			.map((part) -> part.expression() ? IndexPart.expression(this.expressions.apply(part.text())) : part)
			.toList();
		return new Index(index.name(), table, parts, index.unique(),
				(index.where() != null) ? this.expressions.apply(index.where()) : null, index.method());
	}

	private Column column(Column column) {
		String serverDefault = (column.serverDefault() != null) ? this.expressions.apply(column.serverDefault()) : null;
		return new Column(column.name(), type(column.type()), column.nullable(), serverDefault,
				column.identity(), column.comment(), column.timestampWithoutTimeZoneAllowed());
	}

	private ColumnType type(ColumnType type) {
		if (type.namedType() == null) {
			return type;
		}
		ColumnType renamed = ColumnTypes.named(name(type.namedType()));
		for (int i = 0; i < type.arrayDimensions(); i++) {
			renamed = renamed.array();
		}
		return renamed;
	}

	private ForeignKey foreignKey(ForeignKey key) {
		return new ForeignKey(key.name(), key.columns(), name(key.referencedTable()), key.referencedColumns(),
				key.onDelete(), key.onUpdate(), key.deferrability());
	}

	private QualifiedName name(QualifiedName name) {
		return QualifiedName.of(this.schemas.apply(name.schema()), name.name());
	}


}
