package dev.migrations.core.diff;

import java.util.Objects;

import dev.migrations.core.diff.ChangeSet.Phase;
import dev.migrations.core.operation.AddColumn;
import dev.migrations.core.operation.AlterColumnDefault;
import dev.migrations.core.operation.AlterColumnNullability;
import dev.migrations.core.operation.AlterColumnType;
import dev.migrations.core.operation.DropColumn;
import dev.migrations.core.operation.Previous;
import dev.migrations.core.operation.SetColumnComment;
import dev.migrations.core.postgres.Identifiers;
import dev.migrations.core.postgres.PostgresDdl;
import dev.migrations.core.schema.Column;
import dev.migrations.core.schema.ColumnTypes;
import dev.migrations.core.schema.Identity;
import dev.migrations.core.schema.Table;

/** Compares the columns of one table present on both sides: added, dropped, and changed in type, default, nullability or comment. */
final class ColumnComparator {

	private static final PostgresDdl DDL = new PostgresDdl();

	private final Table live;

	private final Table target;

	private final CanonicalTarget written;

	private final ChangeSet changes;

	ColumnComparator(Table live, Table target, CanonicalTarget written, ChangeSet changes) {
		this.live = live;
		this.target = target;
		this.written = written;
		this.changes = changes;
	}

	void compare() {
		for (Column column : this.target.columns()) {
			Column existing = this.live.column(column.name());
			if (existing == null) {
				add(this.written.writtenColumn(this.target.name(), column.name()));
			}
			else {
				alter(existing, column);
			}
		}
		// last first: the downgrade adds them back in reverse, so in their order (each at the end of the table)
		for (int i = this.live.columns().size() - 1; i >= 0; i--) {
			Column column = this.live.columns().get(i);
			if (this.target.column(column.name()) == null) {
				this.changes.add(Phase.ALTER_COLUMNS, new DropColumn(this.live.name(), column.name(), column),
						"DROP: column " + this.live.name() + "." + column.name()
								+ " is not mapped; this drops it with its data (a rename shows as a drop and an add)",
						"the column comes back empty: its data is not restored");
			}
		}
	}

	private void add(Column column) {
		boolean mayFail = !column.nullable() && column.serverDefault() == null && column.identity() == Identity.NONE;
		this.changes.add(Phase.ALTER_COLUMNS, new AddColumn(this.target.name(), column),
				mayFail ? "NOT NULL without a default: fails if " + this.target.name()
						+ " has rows; give it a server default, or add it nullable and fill it first" : null,
				null);
	}

	private void alter(Column live, Column target) {
		boolean typeChanges = !ColumnTypes.equivalent(live.type(), target.type());
		boolean defaultChanges = !sameDefault(live, target);
		// PostgreSQL converts the default along with the type, and fails when the old default does not cast to the
		// new type: as its manual says, drop the default first and set the new one after
		boolean defaultDroppedFirst = typeChanges && defaultChanges && live.serverDefault() != null;
		if (defaultDroppedFirst) {
			this.changes.add(Phase.ALTER_COLUMNS, new AlterColumnDefault(this.target.name(), target.name(), null,
					Previous.of(live.serverDefault())));
		}
		if (typeChanges) {
			this.changes.add(Phase.ALTER_COLUMNS, changeType(live, target),
					"review the conversion of existing values from " + live.type().describe() + " to "
							+ target.type().describe(),
					null);
		}
		String newDefault = this.written.writtenColumn(this.target.name(), target.name()).serverDefault();
		if (defaultChanges && !(defaultDroppedFirst && newDefault == null)) {
			this.changes.add(Phase.ALTER_COLUMNS, new AlterColumnDefault(this.target.name(), target.name(), newDefault,
					Previous.of(defaultDroppedFirst ? null : live.serverDefault())));
		}
		if (live.nullable() != target.nullable() && target.identity() == Identity.NONE) {
			this.changes.add(Phase.ALTER_COLUMNS,
					new AlterColumnNullability(this.target.name(), target.name(), target.nullable()),
					target.nullable() ? null : "fails if existing rows hold NULL in " + target.name(), null);
		}
		if (!Objects.equals(live.comment(), target.comment())) {
			this.changes.add(Phase.ALTER_COLUMNS, new SetColumnComment(this.target.name(), target.name(),
					target.comment(), Previous.of(live.comment())));
		}
		if (live.identity() != target.identity() && !isSerialForIdentity(live, target)) {
			this.changes.warn("column " + this.target.name() + "." + target.name() + " is " + live.identity()
					+ " identity in the database but " + target.identity()
					+ " in the mapping: changing identity is not generated, write it by hand");
		}
	}

	private AlterColumnType changeType(Column live, Column target) {
		String column = Identifiers.quote(target.name());
		boolean zoneChange = live.type().isTimestampWithoutTimeZone() != target.type().isTimestampWithoutTimeZone()
				&& live.type().name().startsWith("timestamp") && target.type().name().startsWith("timestamp");
		String using = zoneChange ? column + " AT TIME ZONE 'UTC'" : column + "::" + DDL.type(target.type());
		String back = zoneChange ? column + " AT TIME ZONE 'UTC'" : column + "::" + DDL.type(live.type());
		return new AlterColumnType(this.target.name(), target.name(), target.type(), using, live.type(), back,
				target.timestampWithoutTimeZoneAllowed());
	}

	/** A serial column (a sequence default) and an identity column mean the same to the mapping. */
	private static boolean isSerialForIdentity(Column live, Column target) {
		return live.identity() == Identity.NONE && target.identity() != Identity.NONE && live.serverDefault() != null
				&& live.serverDefault().startsWith("nextval(");
	}

	private static boolean sameDefault(Column live, Column target) {
		return Objects.equals(live.serverDefault(), target.serverDefault()) || isSerialForIdentity(live, target);
	}


}
