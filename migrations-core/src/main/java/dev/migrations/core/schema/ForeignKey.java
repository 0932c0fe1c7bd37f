package dev.migrations.core.schema;

import java.util.List;
import java.util.Objects;

/** A foreign key from columns of this table to columns of a referenced table. */
public record ForeignKey(String name, List<String> columns, QualifiedName referencedTable,
		List<String> referencedColumns, ReferentialAction onDelete, ReferentialAction onUpdate,
		Deferrability deferrability) implements Constraint {

	public ForeignKey {
		columns = Names.requireNonEmpty(columns, "a foreign key needs at least one column");
		Objects.requireNonNull(referencedTable, "a foreign key needs a referenced table");
		referencedColumns = List.copyOf(referencedColumns);
		if (!referencedColumns.isEmpty() && referencedColumns.size() != columns.size()) {
			throw new IllegalArgumentException("foreign key " + columns + " -> " + referencedTable + referencedColumns
					+ " has " + columns.size() + " column(s) on one side and " + referencedColumns.size() + " on the other");
		}
		onDelete = (onDelete != null) ? onDelete : ReferentialAction.NO_ACTION;
		onUpdate = (onUpdate != null) ? onUpdate : ReferentialAction.NO_ACTION;
		deferrability = (deferrability != null) ? deferrability : Deferrability.NOT_DEFERRABLE;
	}

	@Override
	public ForeignKey named(String name) {
		return new ForeignKey(name, this.columns, this.referencedTable, this.referencedColumns, this.onDelete,
				this.onUpdate, this.deferrability);
	}

	/** A copy with the given {@code ON DELETE} action. */
	public ForeignKey onDelete(ReferentialAction action) {
		return new ForeignKey(this.name, this.columns, this.referencedTable, this.referencedColumns, action,
				this.onUpdate, this.deferrability);
	}

	/** A copy with the given {@code ON UPDATE} action. */
	public ForeignKey onUpdate(ReferentialAction action) {
		return new ForeignKey(this.name, this.columns, this.referencedTable, this.referencedColumns, this.onDelete,
				action, this.deferrability);
	}

	/** A copy that is checked as the given deferrability says. */
	public ForeignKey deferrable(Deferrability deferrability) {
		return new ForeignKey(this.name, this.columns, this.referencedTable, this.referencedColumns, this.onDelete,
				this.onUpdate, deferrability);
	}

}
