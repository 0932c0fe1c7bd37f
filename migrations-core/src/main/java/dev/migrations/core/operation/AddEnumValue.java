package dev.migrations.core.operation;

import java.util.Objects;
import java.util.Optional;

import dev.migrations.core.schema.QualifiedName;

/**
 * {@code ALTER TYPE ... ADD VALUE IF NOT EXISTS [BEFORE | AFTER]}. Not reversible: PostgreSQL cannot remove an enum
 * label, so a downgrade leaves it, and upgrading again finds it there and goes on. The new label cannot be used in
 * the same transaction that adds it.
 *
 * @param type the enum type
 * @param value the new label
 * @param before the label to place it before, or {@code null}
 * @param after the label to place it after, or {@code null} (neither: at the end)
 */
public record AddEnumValue(QualifiedName type, String value, String before, String after) implements Operation {

	public AddEnumValue {
		Objects.requireNonNull(type, "type");
		Objects.requireNonNull(value, "value");
		if (before != null && after != null) {
			throw new IllegalArgumentException("enum label " + value + " can go before " + before + " or after " + after
					+ ", not both");
		}
	}

	@Override
	public Optional<Operation> reverse() {
		return Optional.empty();
	}

	@Override
	public String describe() {
		return "add value '" + this.value + "' to enum " + this.type;
	}

}
