package dev.migrations.core.operation;

import java.util.Objects;
import java.util.Optional;

import dev.migrations.core.schema.ColumnType;
import dev.migrations.core.schema.QualifiedName;

/**
 * {@code ALTER TABLE ... ALTER COLUMN ... TYPE ... [USING ...]}; reversible when the previous type is known.
 *
 * @param table the table
 * @param column the column
 * @param type the new type
 * @param using the conversion expression, or {@code null} for PostgreSQL's implicit cast
 * @param previousType the type before, or {@code null} when unknown
 * @param previousUsing the conversion back, or {@code null}
 * @param timestampWithoutTimeZoneAllowed whether the new type may be {@code timestamp without time zone}
 */
public record AlterColumnType(QualifiedName table, String column, ColumnType type, String using,
		ColumnType previousType, String previousUsing, boolean timestampWithoutTimeZoneAllowed) implements Operation {

	public AlterColumnType {
		Objects.requireNonNull(table, "table");
		Objects.requireNonNull(column, "column");
		Objects.requireNonNull(type, "type");
	}

	@Override
	public Optional<Operation> reverse() {
		return Optional.ofNullable(this.previousType).map((previous) -> new AlterColumnType(this.table, this.column,
				previous, this.previousUsing, this.type, this.using, previous.isTimestampWithoutTimeZone()));
	}

	@Override
	public String describe() {
		return "alter column " + this.table + "." + this.column + " type "
				+ ((this.previousType != null) ? this.previousType.describe() + " -> " : "") + this.type.describe();
	}

}
