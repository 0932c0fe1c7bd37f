package dev.migrations.hibernate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.hibernate.mapping.BasicValue;
import org.hibernate.type.SqlTypes;
import org.hibernate.type.descriptor.converter.spi.BasicValueConverter;

import dev.migrations.core.schema.EnumType;
import dev.migrations.core.schema.QualifiedName;

/**
 * The native PostgreSQL enum types that columns use ({@link SqlTypes#NAMED_ENUM}, {@link SqlTypes#NAMED_ORDINAL_ENUM},
 * as {@code @JdbcTypeCode} or {@code hibernate.type.prefer_native_enum_types} makes them), with their labels in the
 * order Hibernate's {@code create type} lists them: sorted for {@code NAMED_ENUM}, in declaration order for
 * {@code NAMED_ORDINAL_ENUM}, each the constant's name or what the column's converter makes of it.
 */
final class NativeEnums {

	private final Map<QualifiedName, EnumType> types = new LinkedHashMap<>();

	static boolean isNativeEnum(int sqlTypeCode) {
		return sqlTypeCode == SqlTypes.NAMED_ENUM || sqlTypeCode == SqlTypes.NAMED_ORDINAL_ENUM;
	}

	/** Records the enum type of a column whose SQL type code {@link #isNativeEnum(int) is a native enum}. */
	void add(QualifiedName name, BasicValue value, int sqlTypeCode) {
		this.types.computeIfAbsent(name, (key) -> new EnumType(key, labels(value, sqlTypeCode == SqlTypes.NAMED_ENUM)));
	}

	List<EnumType> types() {
		return new ArrayList<>(this.types.values());
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	private static List<String> labels(BasicValue value, boolean sorted) {
		BasicValue.Resolution<?> resolution = value.resolve();
		BasicValueConverter converter = resolution.getValueConverter();
		Stream<String> labels = Arrays.stream(resolution.getRelationalJavaType().getJavaTypeClass().getEnumConstants())
			.map((constant) -> (converter != null) ? String.valueOf(converter.toRelationalValue(constant))
					: ((Enum<?>) constant).name());
		return sorted ? labels.sorted().toList() : labels.toList();
	}

}
