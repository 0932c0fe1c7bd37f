package dev.migrations.core.operation;

import java.util.Objects;
import java.util.Optional;

import dev.migrations.core.schema.EnumType;
import dev.migrations.core.schema.QualifiedName;

/** {@code DROP TYPE}; reversible when the enum's labels are known. */
public record DropEnum(QualifiedName name, EnumType definition) implements Operation {

	public DropEnum {
		Objects.requireNonNull(name, "name");
	}

	@Override
	public Optional<Operation> reverse() {
		return Optional.ofNullable(this.definition).map(CreateEnum::new);
	}

	@Override
	public String describe() {
		return "drop enum " + this.name;
	}

}
