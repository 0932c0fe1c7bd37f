package dev.migrations.core.operation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Arbitrary SQL, with optional JDBC {@code ?} parameters bound as values (never spliced into the text). Not
 * reversible: the revision's {@code downgrade()} says what undoes it.
 */
public record Execute(String sql, List<Object> parameters) implements Operation {

	public Execute {
		Objects.requireNonNull(sql, "sql");
		parameters = Collections.unmodifiableList(new ArrayList<>(parameters));
	}

	@Override
	public Optional<Operation> reverse() {
		return Optional.empty();
	}

	@Override
	public String describe() {
		String firstLine = this.sql.strip().lines().findFirst().orElse("");
		return "execute " + ((firstLine.length() > 60) ? firstLine.substring(0, 57) + "..." : firstLine);
	}

}
