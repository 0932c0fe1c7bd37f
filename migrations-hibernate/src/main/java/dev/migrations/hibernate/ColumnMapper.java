package dev.migrations.hibernate;

import java.util.HashMap;
import java.util.Map;

import org.hibernate.boot.Metadata;
import org.hibernate.mapping.BasicValue;

import dev.migrations.core.schema.Column;
import dev.migrations.core.schema.ColumnType;
import dev.migrations.core.schema.ColumnTypes;
import dev.migrations.core.schema.Identity;

/**
 * A Hibernate column as the model's {@link Column}: the SQL type the dialect renders for it (read with
 * {@link ColumnTypes#parse}, a native enum as its named type), nullability, {@code @ColumnDefault}, identity and
 * comment. A {@code columnDefinition} is read as {@link ColumnDefinition} says.
 */
final class ColumnMapper {

	private final Metadata metadata;

	private final PostgresNames names;

	private final NativeEnums enums;

	/**
	 * Each distinct type text read once: a mapping repeats a handful of types over all its columns, and reading one
	 * (keywords, then the type's spelling) is the most of this reader's own time on a first, cold call.
	 */
	private final Map<String, ColumnDefinition> definitions = new HashMap<>();

	ColumnMapper(Metadata metadata, PostgresNames names, NativeEnums enums) {
		this.metadata = metadata;
		this.names = names;
		this.enums = enums;
	}

	Column map(org.hibernate.mapping.Column column) {
		String sqlType = column.getSqlType(this.metadata);
		int sqlTypeCode = column.getSqlTypeCode(this.metadata);
		ColumnType type;
		boolean nullable = column.isNullable();
		String serverDefault = column.getDefaultValue();
		if (NativeEnums.isNativeEnum(sqlTypeCode)) {
			type = ColumnTypes.named(this.names.type(sqlType));
			if (column.getValue() instanceof BasicValue value) { // not a foreign key's copy of it
				this.enums.add(type.namedType(), value, sqlTypeCode);
			}
		}
		else if (column.getSqlType() != null) {
			ColumnDefinition definition = this.definitions.computeIfAbsent(sqlType, ColumnDefinition::parse);
			type = definition.type();
			nullable = nullable && !definition.notNull();
			serverDefault = (serverDefault != null) ? serverDefault : definition.defaultExpression();
		}
		else {
			type = ColumnTypes.parse(sqlType);
		}
		Column mapped = new Column(this.names.column(column), type, nullable, serverDefault, Identity.NONE,
				column.getComment(), false);
		return column.isIdentity() ? mapped.identity(Identity.BY_DEFAULT) : mapped;
	}

}
