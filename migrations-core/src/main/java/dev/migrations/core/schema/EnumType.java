package dev.migrations.core.schema;

import java.util.List;
import java.util.Objects;

/** A native PostgreSQL enum type and its labels, in their sort order. */
public record EnumType(QualifiedName name, List<String> values) {

	public EnumType {
		Objects.requireNonNull(name, "an enum type needs a name");
		values = List.copyOf(values);
	}

}
