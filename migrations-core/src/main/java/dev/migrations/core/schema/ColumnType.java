package dev.migrations.core.schema;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A column type as a value. Built-in types carry PostgreSQL's canonical spelling (the one {@code format_type}
 * prints: {@code character varying}, {@code timestamp with time zone}), so a type written in a revision, read
 * from the catalog or derived from a JPA mapping compares equal when PostgreSQL would consider it the same.
 * Named types (enums, domains) are rendered as quoted identifiers; anything the parser does not recognise is
 * kept verbatim as a raw type. Use {@link ColumnTypes} to build one.
 */
public final class ColumnType {

	private final String name;

	private final List<Integer> modifiers;

	private final QualifiedName namedType;

	private final boolean raw;

	private final int arrayDimensions;

	private ColumnType(String name, List<Integer> modifiers, QualifiedName namedType, boolean raw, int arrayDimensions) {
		this.name = name;
		this.modifiers = List.copyOf(modifiers);
		this.namedType = namedType;
		this.raw = raw;
		this.arrayDimensions = arrayDimensions;
	}

	static ColumnType builtin(String canonicalName, List<Integer> modifiers) {
		return new ColumnType(canonicalName, modifiers, null, false, 0);
	}

	static ColumnType named(QualifiedName type) {
		return new ColumnType(type.name(), List.of(), type, false, 0);
	}

	static ColumnType raw(String sql) {
		return new ColumnType(sql.trim(), List.of(), null, true, 0);
	}

	/** The built-in type name in canonical spelling, the named type's name, or the raw text. */
	public String name() {
		return this.name;
	}

	/** Type modifiers such as length, precision and scale; empty when none. */
	public List<Integer> modifiers() {
		return this.modifiers;
	}

	/** The user-defined type this column has (an enum, a domain), or {@code null} for built-in and raw types. */
	public QualifiedName namedType() {
		return this.namedType;
	}

	/** Whether this type is kept as the text it was written in because the parser did not recognise it. */
	public boolean isRaw() {
		return this.raw;
	}

	/** How many array dimensions this type has: 0 for a scalar. */
	public int arrayDimensions() {
		return this.arrayDimensions;
	}

	/** An array of this type (one more dimension). */
	public ColumnType array() {
		return new ColumnType(this.name, this.modifiers, this.namedType, this.raw, this.arrayDimensions + 1);
	}

	/** The element type of an array type, or this type itself for a scalar. */
	public ColumnType elementType() {
		return new ColumnType(this.name, this.modifiers, this.namedType, this.raw, 0);
	}

	/** Whether this is {@code timestamp without time zone} (or an array of it): what the TIMESTAMPTZ rule forbids. */
	public boolean isTimestampWithoutTimeZone() {
		return !this.raw && this.namedType == null && ColumnTypes.TIMESTAMP.equals(this.name);
	}

	/**
	 * The type as PostgreSQL prints it, with a named type's name unquoted: for messages and generated code. SQL
	 * rendering (which quotes named types) is the job of the PostgreSQL renderer.
	 */
	public String describe() {
		String base = (this.namedType != null) ? this.namedType.toString() : this.name;
		return withModifiers(base) + "[]".repeat(this.arrayDimensions);
	}

	/** The type with its modifiers placed where PostgreSQL expects them, {@code timestamp(3) with time zone}. */
	public String withModifiers(String base) {
		if (this.modifiers.isEmpty()) {
			return base;
		}
		String mods = this.modifiers.stream().map(String::valueOf).collect(Collectors.joining(",", "(", ")"));
		int zone = base.indexOf(" with");
		return (zone > 0 && (base.startsWith("timestamp") || base.startsWith("time")))
				? base.substring(0, zone) + mods + base.substring(zone) : base + mods;
	}

	@Override
	public boolean equals(Object other) {
		return (other instanceof ColumnType that) && this.name.equals(that.name) && this.modifiers.equals(that.modifiers)
				&& Objects.equals(this.namedType, that.namedType) && this.raw == that.raw
				&& this.arrayDimensions == that.arrayDimensions;
	}

	@Override
	public int hashCode() {
		return Objects.hash(this.name, this.modifiers, this.namedType, this.raw, this.arrayDimensions);
	}

	@Override
	public String toString() {
		return describe();
	}

}
