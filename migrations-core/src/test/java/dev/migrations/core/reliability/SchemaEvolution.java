package dev.migrations.core.reliability;

import static dev.migrations.core.operation.Dsl.check;
import static dev.migrations.core.operation.Dsl.column;
import static dev.migrations.core.operation.Dsl.expression;
import static dev.migrations.core.operation.Dsl.foreignKey;
import static dev.migrations.core.operation.Dsl.index;
import static dev.migrations.core.operation.Dsl.unique;
import static dev.migrations.core.schema.ColumnTypes.bigint;
import static dev.migrations.core.schema.ColumnTypes.bool;
import static dev.migrations.core.schema.ColumnTypes.date;
import static dev.migrations.core.schema.ColumnTypes.integer;
import static dev.migrations.core.schema.ColumnTypes.jsonb;
import static dev.migrations.core.schema.ColumnTypes.named;
import static dev.migrations.core.schema.ColumnTypes.numeric;
import static dev.migrations.core.schema.ColumnTypes.smallint;
import static dev.migrations.core.schema.ColumnTypes.text;
import static dev.migrations.core.schema.ColumnTypes.timestamptz;
import static dev.migrations.core.schema.ColumnTypes.uuid;
import static dev.migrations.core.schema.ColumnTypes.varchar;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Predicate;
import java.util.function.Supplier;

import dev.migrations.core.postgres.Identifiers;
import dev.migrations.core.schema.CheckConstraint;
import dev.migrations.core.schema.Column;
import dev.migrations.core.schema.ColumnType;
import dev.migrations.core.schema.DatabaseSchema;
import dev.migrations.core.schema.Deferrability;
import dev.migrations.core.schema.EnumType;
import dev.migrations.core.schema.ForeignKey;
import dev.migrations.core.schema.Index;
import dev.migrations.core.schema.PrimaryKey;
import dev.migrations.core.schema.QualifiedName;
import dev.migrations.core.schema.ReferentialAction;
import dev.migrations.core.schema.Sequence;
import dev.migrations.core.schema.SequenceOptions;
import dev.migrations.core.schema.Table;
import dev.migrations.core.schema.TableComment;
import dev.migrations.core.schema.TableElement;
import dev.migrations.core.schema.UniqueConstraint;

/**
 * A seeded generator of schema evolutions: the schema an application's entities would map, changed one step at a
 * time the way entities change (tables, columns, types, nullability, defaults, plain, partial and expression indexes,
 * unique, check and foreign key constraints, comments, native enums, sequences), built directly as the
 * {@link DatabaseSchema} autogenerate takes as its target. The same seed gives the same steps. Names are mostly plain,
 * sometimes ones that need quoting.
 */
final class SchemaEvolution {

	private static final String SCHEMA = "public";

	/** Names that need quoting: reserved words, mixed case, a quote, an apostrophe, non-ASCII. */
	private static final List<String> TRICKY_NAMES = List.of("order", "user", "select", "Mixed Case", "a\"b", "it's",
			"café", "日本");

	private static final List<Supplier<ColumnType>> NUMBERS = List.of(() -> smallint(), () -> integer(),
			() -> bigint(), () -> numeric(10, 2), () -> numeric(12, 4));

	private static final List<Supplier<ColumnType>> TEXTS = List.of(() -> text(), () -> varchar(20), () -> varchar(50),
			() -> varchar(200));

	private static final List<Supplier<ColumnType>> OTHERS = List.of(() -> bool(), () -> timestamptz(), () -> date(),
			() -> uuid(), () -> jsonb());

	private final Random random;

	private final List<TableDraft> tables = new ArrayList<>();

	private final List<EnumType> enums = new ArrayList<>();

	private final List<Sequence> sequences = new ArrayList<>();

	private int counter;

	SchemaEvolution(long seed) {
		this.random = new Random(seed);
	}

	/** One step: what changed, in words, and the whole schema after it. */
	record Step(String change, DatabaseSchema schema) {

	}

	/** Changes the schema in one random way and returns it. */
	Step next() {
		List<Supplier<String>> changes = new ArrayList<>(List.of(this::createTable, this::changeSequences));
		if (!this.tables.isEmpty()) {
			changes.addAll(List.of(this::addColumn, this::addColumn, this::changeType, this::changeNullability,
					this::changeDefault, this::addIndex, this::addUnique, this::addCheck, this::addForeignKey,
					this::comment, this::addEnumColumn, this::dropColumn, this::dropConstraintOrIndex,
					this::dropTable));
		}
		String change = null;
		while (change == null) {
			change = changes.get(this.random.nextInt(changes.size())).get();
		}
		return new Step(change, schema());
	}

	private DatabaseSchema schema() {
		List<Table> built = this.tables.stream().map(TableDraft::build).toList();
		return new DatabaseSchema(built, List.copyOf(this.sequences), List.copyOf(this.enums));
	}

	private String createTable() {
		TableDraft table = new TableDraft(name(this.tables.stream().map((t) -> t.name).toList()));
		table.columns.put("id", column("id", bigint()).notNull());
		int more = 1 + this.random.nextInt(3);
		for (int i = 0; i < more; i++) {
			Column column = randomColumn(table);
			table.columns.put(column.name(), column);
		}
		this.tables.add(table);
		return "create table " + table.name + " " + table.columns.keySet();
	}

	private String addColumn() {
		TableDraft table = pick(this.tables);
		Column column = randomColumn(table);
		table.columns.put(column.name(), column);
		return "add column " + table.name + "." + column.name() + " " + column.type() + (column.nullable() ? ""
				: " not null default " + column.serverDefault());
	}

	private String changeType() {
		TableDraft table = pick(this.tables);
		List<Column> candidates = table.plainColumns((c) -> family(c.type()) != null && !table.inForeignKey(c.name()));
		if (candidates.isEmpty()) {
			return null;
		}
		Column column = pick(candidates);
		List<Supplier<ColumnType>> family = family(column.type());
		ColumnType type = pick(family).get();
		if (type.equals(column.type())) {
			return null;
		}
		table.columns.put(column.name(), new Column(column.name(), type, column.nullable(),
				(column.serverDefault() != null) ? defaultFor(type) : null, column.identity(), column.comment(), false));
		return "change type of " + table.name + "." + column.name() + " from " + column.type() + " to " + type;
	}

	private String changeNullability() {
		TableDraft table = pick(this.tables);
		List<Column> candidates = table.plainColumns((c) -> true);
		if (candidates.isEmpty()) {
			return null;
		}
		Column column = pick(candidates);
		table.columns.put(column.name(), column.nullable(!column.nullable()));
		return "make " + table.name + "." + column.name() + (column.nullable() ? " not null" : " nullable");
	}

	private String changeDefault() {
		TableDraft table = pick(this.tables);
		List<Column> candidates = table.plainColumns((c) -> defaultFor(c.type()) != null);
		if (candidates.isEmpty()) {
			return null;
		}
		Column column = pick(candidates);
		String value = (column.serverDefault() == null) ? defaultFor(column.type()) : null;
		table.columns.put(column.name(), column.serverDefault(value));
		return ((value != null) ? "set default " + value + " on " : "drop default of ") + table.name + "."
				+ column.name();
	}

	private String addIndex() {
		TableDraft table = pick(this.tables);
		List<String> columns = someColumns(table, (c) -> !c.type().equals(jsonb()));
		if (columns.isEmpty()) {
			return null;
		}
		Index index = index(constraintName("ix"), columns.toArray(String[]::new)).unique(this.random.nextInt(3) == 0);
		String first = Identifiers.quote(columns.get(0));
		if (this.random.nextInt(3) == 0) {
			index = index.where(first + " IS NOT NULL");
		}
		Column column = table.columns.get(columns.get(0));
		if (TEXTS.stream().anyMatch((t) -> t.get().equals(column.type())) && this.random.nextBoolean()) {
			index = index(index.name(), expression("lower(" + first + ")")).unique(index.unique()).where(index.where());
		}
		table.indexes.add(index);
		return "add " + (index.unique() ? "unique " : "") + "index " + index.name() + " on " + table.name + index.parts()
				+ ((index.where() != null) ? " where " + index.where() : "");
	}

	private String addUnique() {
		TableDraft table = pick(this.tables);
		List<String> columns = someColumns(table, (c) -> !c.type().equals(jsonb()));
		// PostgreSQL drops a unique constraint that repeats the primary key or another one when it creates the table
		if (columns.isEmpty() || columns.equals(List.of("id"))
				|| table.uniques.stream().anyMatch((u) -> u.columns().equals(columns))) {
			return null;
		}
		UniqueConstraint constraint = unique(columns.toArray(String[]::new));
		table.uniques.add(this.random.nextBoolean() ? constraint.named(constraintName("uq")) : constraint);
		return "add unique constraint on " + table.name + columns;
	}

	private String addCheck() {
		TableDraft table = pick(this.tables);
		List<Column> candidates = table.plainColumns((c) -> NUMBERS.stream().anyMatch((n) -> n.get().equals(c.type()))
				|| TEXTS.stream().anyMatch((t) -> t.get().equals(c.type())));
		if (candidates.isEmpty()) {
			return null;
		}
		Column column = pick(candidates);
		String quoted = Identifiers.quote(column.name());
		boolean number = NUMBERS.stream().anyMatch((n) -> n.get().equals(column.type()));
		CheckConstraint constraint = check(number ? quoted + " >= 0" : "length(" + quoted + ") > 0")
			.named(constraintName("ck"));
		table.checks.put(constraint, column.name());
		return "add check " + constraint.expression() + " on " + table.name;
	}

	private String addForeignKey() {
		TableDraft table = pick(this.tables);
		TableDraft referenced = pick(this.tables);
		String columnName = name(new ArrayList<>(table.columns.keySet()));
		table.columns.put(columnName, column(columnName, bigint()));
		ForeignKey key = foreignKey(columnName).references(QualifiedName.of(SCHEMA, referenced.name), "id")
			.onDelete(pick(List.of(ReferentialAction.NO_ACTION, ReferentialAction.CASCADE, ReferentialAction.SET_NULL)))
			.onUpdate(pick(List.of(ReferentialAction.NO_ACTION, ReferentialAction.CASCADE)))
			.deferrable(pick(List.of(Deferrability.NOT_DEFERRABLE, Deferrability.DEFERRABLE_INITIALLY_DEFERRED)));
		table.foreignKeys.add(this.random.nextBoolean() ? key.named(constraintName("fk")) : key);
		return "add column " + table.name + "." + columnName + " referencing " + referenced.name;
	}

	private String comment() {
		TableDraft table = pick(this.tables);
		String text = pick(List.of("it's a \"comment\"", "line one\nline two", "'); DROP TABLE x; --", "été"));
		if (this.random.nextBoolean()) {
			table.comment = (table.comment == null) ? text : null;
			return ((table.comment != null) ? "comment on " : "drop comment on ") + table.name;
		}
		Column column = pick(new ArrayList<>(table.columns.values()));
		String comment = (column.comment() == null) ? text : null;
		table.columns.put(column.name(), column.comment(comment));
		return ((comment != null) ? "comment on " : "drop comment on ") + table.name + "." + column.name();
	}

	private String addEnumColumn() {
		TableDraft table = pick(this.tables);
		QualifiedName name = QualifiedName.of(SCHEMA, constraintName("mood"));
		this.enums.add(new EnumType(name, List.of("calm", "it's", "Happy Days")));
		String columnName = name(new ArrayList<>(table.columns.keySet()));
		table.columns.put(columnName, column(columnName, named(name)));
		return "add enum " + name + " and column " + table.name + "." + columnName;
	}

	private String changeSequences() {
		if (!this.sequences.isEmpty() && this.random.nextBoolean()) {
			Sequence sequence = this.sequences.remove(this.random.nextInt(this.sequences.size()));
			if (this.random.nextBoolean()) {
				return "drop sequence " + sequence.name();
			}
			long increment = sequence.options().increment() + 1;
			this.sequences.add(new Sequence(sequence.name(), null, sequence.options().incrementBy(increment)));
			return "alter sequence " + sequence.name() + " increment by " + increment;
		}
		QualifiedName name = QualifiedName.of(SCHEMA, constraintName("seq"));
		this.sequences.add(new Sequence(name, null, SequenceOptions.defaults().start(100).incrementBy(50)));
		return "create sequence " + name;
	}

	private String dropColumn() {
		TableDraft table = pick(this.tables);
		List<Column> candidates = table.plainColumns((c) -> true);
		if (candidates.isEmpty()) {
			return null;
		}
		String name = pick(candidates).name();
		table.columns.remove(name);
		table.uniques.removeIf((u) -> u.columns().contains(name));
		table.indexes.removeIf((i) -> i.parts().stream()
			.anyMatch((p) -> p.text().equals(name) || p.text().equals("lower(" + Identifiers.quote(name) + ")")));
		table.checks.values().removeIf(name::equals);
		table.foreignKeys.removeIf((f) -> f.columns().contains(name));
		this.enums.removeIf((e) -> this.tables.stream().noneMatch((t) -> t.uses(e)));
		return "drop column " + table.name + "." + name;
	}

	private String dropConstraintOrIndex() {
		TableDraft table = pick(this.tables);
		List<List<?>> kinds = new ArrayList<>(List.of(table.uniques, table.indexes, table.foreignKeys));
		if (!table.checks.isEmpty()) {
			kinds.add(new ArrayList<>(table.checks.keySet()));
		}
		kinds.removeIf(List::isEmpty);
		if (kinds.isEmpty()) {
			return null;
		}
		List<?> kind = pick(kinds);
		Object removed = kind.remove(this.random.nextInt(kind.size()));
		table.checks.remove(removed);
		return "drop " + removed + " from " + table.name;
	}

	private String dropTable() {
		TableDraft table = pick(this.tables);
		this.tables.remove(table);
		QualifiedName name = QualifiedName.of(SCHEMA, table.name);
		this.tables.forEach((other) -> other.foreignKeys.removeIf((f) -> f.referencedTable().equals(name)));
		this.enums.removeIf((e) -> this.tables.stream().noneMatch((t) -> t.uses(e)));
		return "drop table " + table.name;
	}

	private Column randomColumn(TableDraft table) {
		String name = name(new ArrayList<>(table.columns.keySet()));
		List<Supplier<ColumnType>> family = pick(List.of(NUMBERS, TEXTS, OTHERS));
		ColumnType type = pick(family).get();
		Column column = column(name, type);
		String value = defaultFor(type);
		return (value != null && this.random.nextBoolean()) ? column.notNull().serverDefault(value) : column;
	}

	private static List<Supplier<ColumnType>> family(ColumnType type) {
		for (List<Supplier<ColumnType>> family : List.of(NUMBERS, TEXTS)) {
			if (family.stream().anyMatch((member) -> member.get().equals(type))) {
				return family;
			}
		}
		return null;
	}

	private static String defaultFor(ColumnType type) {
		if (NUMBERS.stream().anyMatch((n) -> n.get().equals(type))) {
			return "0";
		}
		if (TEXTS.stream().anyMatch((t) -> t.get().equals(type))) {
			return "'n/a'";
		}
		if (type.equals(bool())) {
			return "false";
		}
		if (type.equals(timestamptz())) {
			return "now()";
		}
		return null;
	}

	private List<String> someColumns(TableDraft table, Predicate<Column> eligible) {
		List<String> eligibleNames = table.columns.values().stream().filter(eligible).map(Column::name).toList();
		if (eligibleNames.isEmpty()) {
			return List.of();
		}
		List<String> chosen = new ArrayList<>(List.of(pick(eligibleNames)));
		String second = pick(eligibleNames);
		if (this.random.nextBoolean() && !chosen.contains(second)) {
			chosen.add(second);
		}
		return chosen;
	}

	/** A name not among those taken: mostly {@code c12}, sometimes one that needs quoting. */
	private String name(List<String> taken) {
		String tricky = pick(TRICKY_NAMES);
		if (this.random.nextInt(4) == 0 && !taken.contains(tricky) && !isTableName(tricky)) {
			return tricky;
		}
		return "n" + (++this.counter);
	}

	private boolean isTableName(String name) {
		return this.tables.stream().anyMatch((t) -> t.name.equals(name));
	}

	/** A name for an index, a constraint or a type, unique in the schema. */
	private String constraintName(String prefix) {
		return prefix + "_" + (++this.counter);
	}

	private <T> T pick(List<T> choices) {
		return choices.get(this.random.nextInt(choices.size()));
	}

	/** A table being evolved. */
	private static final class TableDraft {

		private final String name;

		private final Map<String, Column> columns = new LinkedHashMap<>();

		private final List<UniqueConstraint> uniques = new ArrayList<>();

		private final List<ForeignKey> foreignKeys = new ArrayList<>();

		/** Each check constraint and the column it checks. */
		private final Map<CheckConstraint, String> checks = new LinkedHashMap<>();

		private final List<Index> indexes = new ArrayList<>();

		private String comment;

		TableDraft(String name) {
			this.name = name;
		}

		/** The columns other than the primary key that pass the filter. */
		List<Column> plainColumns(Predicate<Column> filter) {
			return this.columns.values().stream().filter((c) -> !c.name().equals("id")).filter(filter).toList();
		}

		boolean inForeignKey(String column) {
			return this.foreignKeys.stream().anyMatch((f) -> f.columns().contains(column));
		}

		boolean uses(EnumType type) {
			return this.columns.values().stream().anyMatch((c) -> type.name().equals(c.type().namedType()));
		}

		Table build() {
			List<TableElement> elements = new ArrayList<>(this.columns.values());
			elements.add(new PrimaryKey(null, List.of("id")));
			elements.addAll(this.uniques);
			elements.addAll(this.foreignKeys);
			elements.addAll(this.checks.keySet());
			elements.addAll(this.indexes);
			if (this.comment != null) {
				elements.add(new TableComment(this.comment));
			}
			return Table.of(QualifiedName.of(SCHEMA, this.name), elements);
		}

	}

}
