package dev.migrations.core.diff;

import java.util.List;

/**
 * Mapped attributes that would make columns {@code timestamp without time zone} while the TIMESTAMPTZ rule is
 * enforced: autogenerate stops and names each one with the fix.
 */
public class TimestampPolicyViolation extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final List<String> attributes;

	public TimestampPolicyViolation(List<String> attributes) {
		super("These attributes map to timestamp without time zone, which the TIMESTAMPTZ rule forbids:\n    "
				+ String.join("\n    ", attributes)
				+ "\nUse Instant or OffsetDateTime (mapped to timestamp with time zone), or map the column to timestamptz"
				+ " (@JdbcTypeCode(SqlTypes.TIMESTAMP_UTC) or columnDefinition = \"timestamptz\"); to allow it anyway,"
				+ " set migrations.timestamp-policy=warn or off.");
		this.attributes = List.copyOf(attributes);
	}

	/** The offending attributes, as {@code Entity.attribute (table.column)}. */
	public List<String> attributes() {
		return this.attributes;
	}

}
