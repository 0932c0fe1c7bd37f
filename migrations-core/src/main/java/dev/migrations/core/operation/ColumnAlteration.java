package dev.migrations.core.operation;

import java.util.ArrayList;
import java.util.List;

import dev.migrations.core.schema.ColumnType;
import dev.migrations.core.schema.QualifiedName;

/**
 * The changes to one column recorded by {@link Operations#alterColumn}. They run in this order: type, default,
 * nullability, comment.
 */
public final class ColumnAlteration {

	private final QualifiedName table;

	private final String column;

	private ColumnType type;

	private String using;

	private ColumnType previousType;

	private String previousUsing;

	private boolean timestampWithoutTimeZoneAllowed;

	private boolean defaultChanged;

	private String defaultExpression;

	private Previous<String> previousDefault = Previous.unknown();

	private Boolean nullable;

	private boolean commentChanged;

	private String comment;

	private Previous<String> previousComment = Previous.unknown();

	ColumnAlteration(QualifiedName table, String column) {
		this.table = table;
		this.column = column;
	}

	/** Changes the type, with PostgreSQL's implicit conversion. */
	public ColumnAlteration type(ColumnType type) {
		this.type = type;
		return this;
	}

	/** Changes the type, converting each value with the SQL expression, e.g. {@code "amount::numeric(12,2)"}. */
	public ColumnAlteration type(ColumnType type, String using) {
		this.type = type;
		this.using = using;
		return this;
	}

	/** The type before, which makes the type change reversible. */
	public ColumnAlteration previousType(ColumnType previousType) {
		this.previousType = previousType;
		return this;
	}

	/** The type before and the expression converting back to it. */
	public ColumnAlteration previousType(ColumnType previousType, String usingBack) {
		this.previousType = previousType;
		this.previousUsing = usingBack;
		return this;
	}

	/** Exempts the new type from the TIMESTAMPTZ rule: the column is meant to be {@code timestamp without time zone}. */
	public ColumnAlteration allowTimestampWithoutTimeZone() {
		this.timestampWithoutTimeZoneAllowed = true;
		return this;
	}

	public ColumnAlteration nullable(boolean nullable) {
		this.nullable = nullable;
		return this;
	}

	/** Sets the default, an SQL expression such as {@code "now()"} or {@code "'draft'"}. */
	public ColumnAlteration setDefault(String expression) {
		this.defaultChanged = true;
		this.defaultExpression = expression;
		return this;
	}

	public ColumnAlteration dropDefault() {
		return setDefault(null);
	}

	/** The default before ({@code null}: none), which makes the default change reversible. */
	public ColumnAlteration previousDefault(String expression) {
		this.previousDefault = Previous.of(expression);
		return this;
	}

	/** Sets the column comment; {@code null} removes it. */
	public ColumnAlteration comment(String comment) {
		this.commentChanged = true;
		this.comment = comment;
		return this;
	}

	/** The comment before ({@code null}: none), which makes the comment change reversible. */
	public ColumnAlteration previousComment(String comment) {
		this.previousComment = Previous.of(comment);
		return this;
	}

	List<Operation> operations() {
		List<Operation> operations = new ArrayList<>();
		if (this.type != null) {
			operations.add(new AlterColumnType(this.table, this.column, this.type, this.using, this.previousType,
					this.previousUsing, this.timestampWithoutTimeZoneAllowed));
		}
		if (this.defaultChanged) {
			operations.add(new AlterColumnDefault(this.table, this.column, this.defaultExpression, this.previousDefault));
		}
		if (this.nullable != null) {
			operations.add(new AlterColumnNullability(this.table, this.column, this.nullable));
		}
		if (this.commentChanged) {
			operations.add(new SetColumnComment(this.table, this.column, this.comment, this.previousComment));
		}
		if (operations.isEmpty()) {
			throw new IllegalStateException("alterColumn(\"" + this.table + "\", \"" + this.column
					+ "\") changes nothing: call type(..), nullable(..), setDefault(..), dropDefault() or comment(..)");
		}
		return operations;
	}

}
