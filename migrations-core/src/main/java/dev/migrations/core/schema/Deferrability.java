package dev.migrations.core.schema;

/** When a constraint is checked: at each statement (the default) or, if deferrable, possibly at commit. */
public enum Deferrability {

	NOT_DEFERRABLE(""), DEFERRABLE_INITIALLY_IMMEDIATE("DEFERRABLE INITIALLY IMMEDIATE"),
	DEFERRABLE_INITIALLY_DEFERRED("DEFERRABLE INITIALLY DEFERRED");

	private final String sql;

	Deferrability(String sql) {
		this.sql = sql;
	}

	/** The SQL clause, empty for {@link #NOT_DEFERRABLE}. */
	public String sql() {
		return this.sql;
	}

}
