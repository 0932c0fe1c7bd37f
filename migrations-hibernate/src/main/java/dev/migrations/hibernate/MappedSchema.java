package dev.migrations.hibernate;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import dev.migrations.core.diff.DiffOptions;
import dev.migrations.core.diff.DiffOptions.ColumnRef;
import dev.migrations.core.schema.DatabaseSchema;
import dev.migrations.core.schema.QualifiedName;

/**
 * What a JPA mapping asks of the database, and where each column comes from in the entities.
 *
 * @param schema the tables, sequences and native enum types Hibernate's PostgreSQL schema export would create
 * @param origins for each table, its columns' origins as {@code Entity.attribute} ({@code Customer.createdAt},
 * {@code OrderLine.id.orderId}, {@code Order.coupons} for a join table); columns no attribute declares are absent
 */
public record MappedSchema(DatabaseSchema schema, Map<QualifiedName, Map<String, String>> origins) {

	public MappedSchema {
		Objects.requireNonNull(schema, "schema");
		origins = origins.entrySet()
			.stream()
			.collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, (entry) -> Map.copyOf(entry.getValue())));
	}

	/**
	 * The entity attribute a column comes from, to name it in messages such as the TIMESTAMPTZ rule's.
	 * @param table the table, as named in {@link #schema()}
	 * @param column the column name
	 * @return {@code Entity.attribute}, or empty when no attribute declares the column
	 */
	public Optional<String> origin(QualifiedName table, String column) {
		return Optional.ofNullable(this.origins.getOrDefault(table, Map.of()).get(column));
	}

	/**
	 * Every column's origin, keyed as {@link DiffOptions#withOrigins(Map)} takes them, so autogenerate names
	 * {@code Entity.attribute} in its messages.
	 * @return the origin of each column that an attribute declares
	 */
	public Map<ColumnRef, String> columnOrigins() {
		Map<ColumnRef, String> columns = new HashMap<>();
		this.origins.forEach((table, origins) -> origins
			.forEach((column, origin) -> columns.put(new ColumnRef(table, column), origin)));
		return columns;
	}

}
