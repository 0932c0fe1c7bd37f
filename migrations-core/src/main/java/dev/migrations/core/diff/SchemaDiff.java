package dev.migrations.core.diff;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.migrations.core.diff.ChangeSet.Phase;
import dev.migrations.core.diff.DiffOptions.ColumnRef;
import dev.migrations.core.diff.ObjectFilter.ObjectKind;
import dev.migrations.core.operation.AddConstraint;
import dev.migrations.core.operation.AddEnumValue;
import dev.migrations.core.operation.AlterSequence;
import dev.migrations.core.operation.CreateEnum;
import dev.migrations.core.operation.CreateIndex;
import dev.migrations.core.operation.CreateSequence;
import dev.migrations.core.operation.CreateTable;
import dev.migrations.core.operation.DropConstraint;
import dev.migrations.core.operation.DropEnum;
import dev.migrations.core.operation.DropIndex;
import dev.migrations.core.operation.DropSequence;
import dev.migrations.core.operation.DropTable;
import dev.migrations.core.operation.Previous;
import dev.migrations.core.operation.SetTableComment;
import dev.migrations.core.operation.TimestampPolicy;
import dev.migrations.core.schema.Column;
import dev.migrations.core.schema.Constraint;
import dev.migrations.core.schema.DatabaseSchema;
import dev.migrations.core.schema.EnumType;
import dev.migrations.core.schema.ForeignKey;
import dev.migrations.core.schema.Index;
import dev.migrations.core.schema.QualifiedName;
import dev.migrations.core.schema.Sequence;
import dev.migrations.core.schema.SequenceOptions;
import dev.migrations.core.schema.Table;

/**
 * Compares the schema the mapping wants (the target) with the live one and produces the operations that turn the
 * live schema into the target, and back. Both sides are expected in PostgreSQL's canonical spelling (see
 * {@code TargetCanonicalizer}); the diff itself knows neither Hibernate nor JDBC. Constraints and indexes are
 * matched by content, not by name, so a name PostgreSQL or Hibernate chose never shows up as a change.
 */
public final class SchemaDiff {

	private static final Logger logger = LoggerFactory.getLogger(SchemaDiff.class);

	private final DiffOptions options;

	public SchemaDiff(DiffOptions options) {
		this.options = options;
	}

	/** The changes that make {@code live} match {@code target}, both compared as given. */
	public SchemaChanges compare(DatabaseSchema target, DatabaseSchema live) {
		return compare(CanonicalTarget.asIs(target), live);
	}

	/**
	 * The changes that make {@code live} match the target: compared in PostgreSQL's spelling, written as the mapping
	 * writes them. Refuses a target that breaks the TIMESTAMPTZ rule.
	 */
	public SchemaChanges compare(CanonicalTarget canonicalTarget, DatabaseSchema live) {
		checkTimestampPolicy(canonicalTarget.written());
		DatabaseSchema target = canonicalTarget.comparedWith(live);
		ChangeSet changes = new ChangeSet();
		compareEnums(target, live, changes);
		compareSequences(canonicalTarget, live, changes);
		List<Table> created = new ArrayList<>();
		for (Table table : included(target.tables())) {
			Optional<Table> existing = live.table(table.name());
			if (existing.isPresent()) {
				new TableComparator(existing.get(), table, canonicalTarget, changes).compare();
			}
			else {
				created.add(table);
			}
		}
		createTables(created.stream().map((table) -> canonicalTarget.writtenTable(table.name())).toList(), changes);
		if (this.options.dropUnmapped()) {
			dropTables(target, live, changes);
		}
		return changes.build();
	}

	private void checkTimestampPolicy(DatabaseSchema target) {
		if (this.options.timestampPolicy() == TimestampPolicy.OFF) {
			return;
		}
		List<String> offending = new ArrayList<>();
		for (Table table : included(target.tables())) {
			for (Column column : table.columns()) {
				if (column.type().isTimestampWithoutTimeZone() && !column.timestampWithoutTimeZoneAllowed()) {
					ColumnRef ref = new ColumnRef(table.name(), column.name());
					String origin = this.options.origins().get(ref);
					offending.add(((origin != null) ? origin + " (" + ref + ")" : ref.toString()));
				}
			}
		}
		if (offending.isEmpty()) {
			return;
		}
		if (this.options.timestampPolicy() == TimestampPolicy.ENFORCE) {
			throw new TimestampPolicyViolation(offending);
		}
		logger.warn("Columns mapped to timestamp without time zone (every datetime column should be timestamptz): {}",
				String.join(", ", offending));
	}

	private void compareEnums(DatabaseSchema target, DatabaseSchema live, ChangeSet changes) {
		for (EnumType type : target.enums()) {
			if (!this.options.filter().include(ObjectKind.ENUM, type.name())) {
				continue;
			}
			Optional<EnumType> existing = live.enums().stream().filter((e) -> e.name().equals(type.name())).findFirst();
			if (existing.isEmpty()) {
				changes.add(Phase.CREATE_TYPES, new CreateEnum(type));
				continue;
			}
			addEnumValues(existing.get(), type, changes);
		}
		if (this.options.dropUnmapped()) {
			Set<QualifiedName> wanted = target.enums().stream().map(EnumType::name).collect(Collectors.toSet());
			live.enums().stream()
				.filter((type) -> !wanted.contains(type.name())
						&& this.options.filter().include(ObjectKind.ENUM, type.name()))
				.forEach((type) -> changes.add(Phase.DROP_TYPES, new DropEnum(type.name(), type),
						"DROP: enum " + type.name() + " is not mapped", null));
		}
	}

	private static void addEnumValues(EnumType live, EnumType target, ChangeSet changes) {
		List<String> labels = new ArrayList<>(live.values());
		for (int i = 0; i < target.values().size(); i++) {
			String value = target.values().get(i);
			if (labels.contains(value)) {
				continue;
			}
			String after = (i > 0) ? target.values().get(i - 1) : null;
			String before = (after == null && !labels.isEmpty()) ? labels.get(0) : null;
			changes.add(Phase.CREATE_TYPES, new AddEnumValue(target.name(), value, before, after), null,
					"PostgreSQL cannot remove an enum label: drop and recreate " + target.name() + " by hand if needed");
			labels.add((after != null) ? labels.indexOf(after) + 1 : 0, value);
		}
		List<String> removed = live.values().stream().filter((value) -> !target.values().contains(value)).toList();
		if (!removed.isEmpty() || !labels.equals(target.values())) {
			changes.warn("enum " + target.name() + " has labels " + live.values() + " in the database but " + target.values()
					+ " in the mapping: removing or reordering labels needs a hand-written revision");
		}
	}

	private void compareSequences(CanonicalTarget canonicalTarget, DatabaseSchema live, ChangeSet changes) {
		DatabaseSchema target = canonicalTarget.canonical();
		for (Sequence sequence : target.sequences()) {
			if (!this.options.filter().include(ObjectKind.SEQUENCE, sequence.name())) {
				continue;
			}
			Optional<Sequence> existing = live.sequences().stream()
				.filter((s) -> s.name().equals(sequence.name()))
				.findFirst();
			if (existing.isEmpty()) {
				changes.add(Phase.CREATE_TYPES, new CreateSequence(canonicalTarget.writtenSequence(sequence.name())));
				continue;
			}
			SequenceOptions wanted = sequence.options();
			SequenceOptions current = existing.get().options();
			if (wanted.increment() != null && !wanted.increment().equals(current.increment())) {
				changes.add(Phase.CREATE_TYPES, new AlterSequence(sequence.name(),
						SequenceOptions.defaults().incrementBy(wanted.increment()),
						SequenceOptions.defaults().incrementBy(current.increment())));
			}
		}
		if (this.options.dropUnmapped()) {
			Set<QualifiedName> wanted = target.sequences().stream().map(Sequence::name).collect(Collectors.toSet());
			live.sequences().stream()
				.filter((sequence) -> !wanted.contains(sequence.name())
						&& this.options.filter().include(ObjectKind.SEQUENCE, sequence.name()))
				.forEach((sequence) -> changes.add(Phase.DROP_TYPES, new DropSequence(sequence.name(), sequence),
						"DROP: sequence " + sequence.name() + " is not mapped", "the sequence restarts from its start value"));
		}
	}

	private void createTables(List<Table> tables, ChangeSet changes) {
		TableOrder order = TableOrder.of(tables);
		for (Table table : order.tables()) {
			changes.add(Phase.CREATE_TABLES, new CreateTable(table));
		}
		order.deferred().forEach((table, keys) -> keys
			.forEach((key) -> changes.add(Phase.ADD_CONSTRAINTS, new AddConstraint(table, key))));
	}

	private void dropTables(DatabaseSchema target, DatabaseSchema live, ChangeSet changes) {
		List<Table> dropped = included(live.tables()).stream()
			.filter((table) -> target.table(table.name()).isEmpty())
			.toList();
		Set<QualifiedName> droppedNames = dropped.stream().map(Table::name).collect(Collectors.toSet());
		List<Table> order = new ArrayList<>(TableOrder.of(dropped).tables());
		for (Table table : dropped) {
			for (ForeignKey key : table.foreignKeys()) {
				if (droppedNames.contains(key.referencedTable()) && !key.referencedTable().equals(table.name())) {
					changes.add(Phase.DROP_CONSTRAINTS, new DropConstraint(table.name(), key.name(), key));
				}
			}
		}
		Collections.reverse(order);
		for (Table table : order) {
			Table withoutCrossKeys = withoutKeysTo(table, droppedNames);
			changes.add(Phase.DROP_TABLES, new DropTable(table.name(), withoutCrossKeys),
					"DROP: table " + table.name() + " is not mapped by any entity; this drops it with its data",
					"the table comes back empty: its data is not restored");
		}
	}

	private static Table withoutKeysTo(Table table, Set<QualifiedName> dropped) {
		List<ForeignKey> kept = table.foreignKeys().stream()
			.filter((key) -> !dropped.contains(key.referencedTable()) || key.referencedTable().equals(table.name()))
			.toList();
		return new Table(table.name(), table.columns(), table.primaryKey(), table.uniqueConstraints(), kept,
				table.checks(), table.indexes(), table.comment());
	}

	private List<Table> included(List<Table> tables) {
		return tables.stream().filter((table) -> this.options.filter().include(ObjectKind.TABLE, table.name())).toList();
	}

	/** Compares one table that exists on both sides. */
	private final class TableComparator {

		private final Table live;

		private final Table target;

		private final CanonicalTarget written;

		private final ChangeSet changes;

		TableComparator(Table live, Table target, CanonicalTarget written, ChangeSet changes) {
			this.live = live;
			this.target = target;
			this.written = written;
			this.changes = changes;
		}

		void compare() {
			dropRemovedConstraintsAndIndexes();
			new ColumnComparator(this.live, this.target, this.written, this.changes).compare();
			addNewConstraintsAndIndexes();
			if (!Objects.equals(this.live.comment(), this.target.comment())) {
				this.changes.add(Phase.ALTER_COLUMNS,
						new SetTableComment(this.target.name(), this.target.comment(), Previous.of(this.live.comment())));
			}
		}

		private void dropRemovedConstraintsAndIndexes() {
			for (Constraint constraint : ConstraintMatch.unmatchedConstraints(this.live.constraints(),
					this.target.constraints())) {
				this.changes.add(Phase.DROP_CONSTRAINTS,
						new DropConstraint(this.live.name(), constraint.name(), constraint));
			}
			for (Index index : ConstraintMatch.unmatchedIndexes(this.live.indexes(), this.target.indexes())) {
				this.changes.add(Phase.DROP_CONSTRAINTS, new DropIndex(index.qualifiedName(), index, false));
			}
		}

		private void addNewConstraintsAndIndexes() {
			List<Constraint> added = new ArrayList<>(
					ConstraintMatch.unmatchedConstraints(this.target.constraints(), this.live.constraints()));
			added.sort((a, b) -> Boolean.compare(a instanceof ForeignKey, b instanceof ForeignKey));
			for (Constraint constraint : added) {
				Constraint written = this.written.writtenConstraint(this.target.name(), constraint);
				Constraint named = (written.name() != null) ? written
						: written.named(ConstraintNames.conventional(this.written.writtenTable(this.target.name()), written));
				this.changes.add(Phase.ADD_CONSTRAINTS, new AddConstraint(this.target.name(), named));
			}
			for (Index index : ConstraintMatch.unmatchedIndexes(this.target.indexes(), this.live.indexes())) {
				this.changes.add(Phase.ADD_CONSTRAINTS,
						new CreateIndex(this.written.writtenIndex(this.target.name(), index), false));
			}
		}

	}

}
