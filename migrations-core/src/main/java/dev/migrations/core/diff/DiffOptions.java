package dev.migrations.core.diff;

import java.util.Map;
import java.util.Objects;

import dev.migrations.core.operation.TimestampPolicy;
import dev.migrations.core.schema.QualifiedName;

/**
 * How autogenerate compares the mapping with the database.
 *
 * @param filter which objects are considered at all
 * @param dropUnmapped whether objects in the database that the mapping lacks are dropped (clearly marked) or left
 * alone
 * @param timestampPolicy what to do with mapped columns of type {@code timestamp without time zone}
 * @param defaultSchema the schema of unqualified names (usually {@code public})
 * @param origins for each mapped {@code table.column}, the {@code Entity.attribute} it comes from, for messages
 */
public record DiffOptions(ObjectFilter filter, boolean dropUnmapped, TimestampPolicy timestampPolicy,
		String defaultSchema, Map<ColumnRef, String> origins) {

	public DiffOptions {
		Objects.requireNonNull(filter, "filter");
		Objects.requireNonNull(timestampPolicy, "timestampPolicy");
		Objects.requireNonNull(defaultSchema, "defaultSchema");
		origins = Map.copyOf(origins);
	}

	/** Everything considered, unmapped objects dropped, the TIMESTAMPTZ rule enforced, schema {@code public}. */
	public static DiffOptions defaults() {
		return new DiffOptions(ObjectFilter.ALL, true, TimestampPolicy.ENFORCE, "public", Map.of());
	}

	public DiffOptions withFilter(ObjectFilter filter) {
		return new DiffOptions(filter, this.dropUnmapped, this.timestampPolicy, this.defaultSchema, this.origins);
	}

	public DiffOptions withDropUnmapped(boolean dropUnmapped) {
		return new DiffOptions(this.filter, dropUnmapped, this.timestampPolicy, this.defaultSchema, this.origins);
	}

	public DiffOptions withTimestampPolicy(TimestampPolicy timestampPolicy) {
		return new DiffOptions(this.filter, this.dropUnmapped, timestampPolicy, this.defaultSchema, this.origins);
	}

	public DiffOptions withDefaultSchema(String defaultSchema) {
		return new DiffOptions(this.filter, this.dropUnmapped, this.timestampPolicy, defaultSchema, this.origins);
	}

	public DiffOptions withOrigins(Map<ColumnRef, String> origins) {
		return new DiffOptions(this.filter, this.dropUnmapped, this.timestampPolicy, this.defaultSchema, origins);
	}

	/**
	 * A column of a table.
	 *
	 * @param table the table
	 * @param column the column name
	 */
	public record ColumnRef(QualifiedName table, String column) {

		@Override
		public String toString() {
			return this.table + "." + this.column;
		}

	}

}
