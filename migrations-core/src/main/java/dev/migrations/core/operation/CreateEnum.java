package dev.migrations.core.operation;

import java.util.Objects;
import java.util.Optional;

import dev.migrations.core.schema.EnumType;

/** {@code CREATE TYPE ... AS ENUM}. */
public record CreateEnum(EnumType type) implements Operation {

	public CreateEnum {
		Objects.requireNonNull(type, "type");
	}

	@Override
	public Optional<Operation> reverse() {
		return Optional.of(new DropEnum(this.type.name(), this.type));
	}

	@Override
	public String describe() {
		return "create enum " + this.type.name() + " " + this.type.values();
	}

}
